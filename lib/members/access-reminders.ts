import { withNotices } from "@/lib/actions/notices";
import { appUrl } from "@/lib/app-url";
import { audit, type AuditActor } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { accessEndedSubject } from "@/lib/email/templates/access-ended";
import { accessEndingSubject } from "@/lib/email/templates/access-ending";
import { membershipsHolding } from "@/lib/permissions";
import { ACCESS_WARNING_DAYS, accessEndText } from "./access-end";
import { accessCurrentWhere } from "./access-current";
import { TEAM_WITH_OWNERS, whomToAsk } from "./whom-to-ask";

const REMINDERS: AuditActor = { type: "system", id: null, name: "Access reminders" };
const BATCH = 200;
const DAY_MS = 86_400_000;
/** Ends older than this are not reported: they predate the notices, or someone has long seen them. */
const REPORT_ENDS_WITHIN_DAYS = 7;
type Counts = { sent: number; failed: number };

/**
 * Emails every member whose temporary access ends within ACCESS_WARNING_DAYS and who has not been
 * reminded of that end date (a new date brings a new reminder). Each reminder is claimed, queued and
 * audited in one transaction, so two runs at once never send one twice, and sent once it commits
 * (lib/email/notice-queue.ts: a mail the provider refuses is retried later). `failed` counts the
 * reminders that could not be made, which the next run tries again.
 */
export async function sendAccessReminders(db: Db, now = new Date()): Promise<Counts> {
  const horizon = new Date(now.getTime() + ACCESS_WARNING_DAYS * DAY_MS);
  const counts = { sent: 0, failed: 0 };
  let after = "";
  for (;;) {
    const due = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Membership"
      WHERE "accessEndsAt" > ${now} AND "accessEndsAt" <= ${horizon}
        AND "accessReminderFor" IS DISTINCT FROM "accessEndsAt" AND id > ${after}
      ORDER BY id LIMIT ${BATCH}`;
    for (const { id } of due) {
      try {
        if (await remind(db, id, now)) counts.sent++;
      } catch (error) {
        counts.failed++;
        console.error(`[roster] could not remind membership ${id} that its access ends:`, error);
      }
    }
    if (due.length < BATCH) return counts;
    after = due.at(-1)!.id;
  }
}

async function remind(db: Db, membershipId: string, now: Date): Promise<boolean> {
  return withNotices(db, async (tx, notify) => {
    const claimed = await tx.$executeRaw`
      UPDATE "Membership" SET "accessReminderFor" = "accessEndsAt"
      WHERE id = ${membershipId} AND "accessEndsAt" > ${now} AND "accessReminderFor" IS DISTINCT FROM "accessEndsAt"`;
    if (claimed === 0) return false;
    const member = await tx.membership.findUniqueOrThrow({
      where: { id: membershipId },
      select: { teamId: true, accessEndsAt: true, user: { select: { name: true, email: true } }, team: TEAM_WITH_OWNERS },
    });
    const accessEndsAt = member.accessEndsAt!;
    await notify({
      to: member.user.email,
      subject: accessEndingSubject(member.team.name, accessEndsAt),
      template: "accessEnding",
      props: { name: member.user.name, teamName: member.team.name, accessEndsAt, askWhom: whomToAsk(member.team.memberships), url: appUrl(`/t/${member.team.slug}`) },
    });
    await audit(tx, {
      teamId: member.teamId,
      actor: REMINDERS,
      action: "member.access_end_reminded",
      target: { type: "member", id: membershipId, label: member.user.email },
      metadata: { accessEndsAt: accessEndsAt.toISOString() },
    });
    return true;
  });
}

/**
 * Tells whoever may change a team's access end dates (`members.role`: its Owners and Admins, and
 * custom roles with it), in one mail each, whose temporary access has ended since they were last
 * told (within REPORT_ENDS_WITHIN_DAYS), so that someone removes or extends them; one audit event
 * per ended membership. A team's notice is claimed, queued and audited in one transaction, as the
 * reminders are. Counts teams.
 */
export async function sendAccessEndedNotices(db: Db, now = new Date()): Promise<Counts> {
  const since = new Date(now.getTime() - REPORT_ENDS_WITHIN_DAYS * DAY_MS);
  const teams = await db.$queryRaw<{ teamId: string }[]>`
    SELECT DISTINCT "teamId" FROM "Membership"
    WHERE "accessEndsAt" <= ${now} AND "accessEndsAt" > ${since} AND "accessEndNoticeFor" IS DISTINCT FROM "accessEndsAt"`;
  const counts = { sent: 0, failed: 0 };
  for (const { teamId } of teams) {
    try {
      if (await reportEnded(db, teamId, now, since)) counts.sent++;
    } catch (error) {
      counts.failed++;
      console.error(`[roster] could not tell team ${teamId} whose access has ended:`, error);
    }
  }
  return counts;
}

async function reportEnded(db: Db, teamId: string, now: Date, since: Date): Promise<boolean> {
  return withNotices(db, async (tx, notify) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Membership" SET "accessEndNoticeFor" = "accessEndsAt"
      WHERE "teamId" = ${teamId} AND "accessEndsAt" <= ${now} AND "accessEndsAt" > ${since} AND "accessEndNoticeFor" IS DISTINCT FROM "accessEndsAt"
      RETURNING id`;
    if (!claimed.length) return false;
    const [ended, team] = await Promise.all([
      tx.membership.findMany({ where: { id: { in: claimed.map((c) => c.id) } }, select: { id: true, accessEndsAt: true, user: { select: { name: true, email: true } } }, orderBy: { accessEndsAt: "asc" } }),
      tx.team.findUniqueOrThrow({
        where: { id: teamId },
        select: { name: true, slug: true, memberships: { where: { AND: [membershipsHolding("members.role"), accessCurrentWhere(now)] }, select: { user: { select: { name: true, email: true } } } } },
      }),
    ]);
    const listed = ended.map((m) => ({ name: m.user.name, email: m.user.email, endedOn: accessEndText(m.accessEndsAt!, now) }));
    for (const { user } of team.memberships) {
      await notify({
        to: user.email,
        subject: accessEndedSubject(team.name, listed),
        template: "accessEnded",
        props: { name: user.name, teamName: team.name, ended: listed, url: appUrl(`/t/${team.slug}/members?status=temporary`) },
      });
    }
    for (const m of ended) {
      await audit(tx, { teamId, actor: REMINDERS, action: "member.access_ended", target: { type: "member", id: m.id, label: m.user.email }, metadata: { accessEndsAt: m.accessEndsAt!.toISOString() } });
    }
    return true;
  });
}
