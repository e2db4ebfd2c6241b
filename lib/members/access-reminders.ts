import { appUrl } from "@/lib/app-url";
import { audit, type AuditActor } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { sendEmail } from "@/lib/email/send";
import { AccessEndingEmail, accessEndingSubject } from "@/lib/email/templates/access-ending";
import { ACCESS_WARNING_DAYS } from "./access-end";
import { TEAM_WITH_OWNERS, whomToAsk } from "./whom-to-ask";

const REMINDERS: AuditActor = { type: "system", id: null, name: "Access reminders" };
const BATCH = 200;

/**
 * Emails every member whose temporary access ends within ACCESS_WARNING_DAYS and who has not been
 * reminded of that end date (a new date brings a new reminder). Each reminder is claimed, sent and
 * audited in one transaction: a mail that cannot go is logged, counted as failed and tried again on
 * the next run, and two runs at once never send one twice.
 */
export async function sendAccessReminders(db: Db, now = new Date()): Promise<{ sent: number; failed: number }> {
  const horizon = new Date(now.getTime() + ACCESS_WARNING_DAYS * 86_400_000);
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
  return db.$transaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE "Membership" SET "accessReminderFor" = "accessEndsAt"
      WHERE id = ${membershipId} AND "accessEndsAt" > ${now} AND "accessReminderFor" IS DISTINCT FROM "accessEndsAt"`;
    if (claimed === 0) return false;
    const member = await tx.membership.findUniqueOrThrow({
      where: { id: membershipId },
      select: { teamId: true, accessEndsAt: true, user: { select: { name: true, email: true } }, team: TEAM_WITH_OWNERS },
    });
    const accessEndsAt = member.accessEndsAt!;
    await sendEmail(tx, {
      to: member.user.email,
      subject: accessEndingSubject(member.team.name, accessEndsAt),
      react: AccessEndingEmail({ name: member.user.name, teamName: member.team.name, accessEndsAt, askWhom: whomToAsk(member.team.memberships), url: appUrl(`/t/${member.team.slug}`) }),
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
