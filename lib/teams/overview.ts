import { Prisma } from "@/lib/generated/prisma/client";
import { listAuditEvents, type AuditRow } from "@/lib/audit/events";
import { memberActivity } from "@/lib/audit/member-activity";
import { monthToDateCents } from "@/lib/billing/overview";
import { burnRateCents } from "@/lib/billing/spend-limit";
import type { Db } from "@/lib/db/client";
import { seatsInUse } from "@/lib/invites/seats";
import { inactiveSince } from "@/lib/members/list";
import { unsentInvitationCount } from "@/lib/invites/mail-status";
import { can } from "@/lib/permissions";
import { RESOURCE_KINDS, type ResourceKind } from "@/lib/resources/catalog";
import { resourceVisibility } from "@/lib/resources/queries";
import type { Member } from "./member";

export const RECENT_EVENTS = 8;

export type KindCount = { kind: ResourceKind; total: number; running: number };

export type TeamOverview = {
  /** inactive: members who have not used the team for INACTIVE_AFTER_DAYS, for members.security.
   *  unsent: pending invitations whose email has not gone, for those who may invite (and so resend). */
  seats: { members: number; used: number; limit: number; inactive: number | null; unsent: number | null } | null;
  /** Who to ask for access or a role, for those who may see the members. */
  owners: string[] | null;
  resources: { scope: "all" | "own"; kinds: KindCount[] } | null;
  spend: { monthToDateCents: number; burnRateCents: number; limitCents: number } | null;
  activity: { scope: "team" | "own"; rows: AuditRow[] };
  /** First steps still open for a new team, for members who can take them. */
  nextSteps: { invite: boolean; paymentMethod: boolean };
};

/** The team's front page: each part only for those whose role may see it, so none of it needs hiding later. */
export async function teamOverview(db: Db, member: Member, now: Date): Promise<TeamOverview> {
  const teamId = member.team.id;
  const visibility = resourceVisibility(member);
  const readsAudit = can(member, "audit.read");
  const readsMembers = can(member, "members.read");
  const [seats, owners, resources, spend, activity, hasPaymentMethod] = await Promise.all([
    readsMembers ? seatCounts(db, member, now) : null,
    readsMembers ? ownerNames(db, teamId) : null,
    visibility === "none" ? null : resourceCounts(db, teamId, visibility === "own" ? member.userId : null).then((kinds) => ({ scope: visibility, kinds })),
    can(member, "billing.read") ? spendNow(db, member, now) : null,
    readsAudit ? listAuditEvents(db, teamId, {}, RECENT_EVENTS).then((page) => page.rows) : memberActivity(db, teamId, member.userId, RECENT_EVENTS),
    can(member, "billing.manage") ? db.paymentMethod.count({ where: { teamId } }).then(Boolean) : true,
  ]);
  return {
    seats,
    owners,
    resources,
    spend,
    activity: { scope: readsAudit ? "team" : "own", rows: activity },
    nextSteps: { invite: can(member, "members.invite") && seats?.used === 1, paymentMethod: !hasPaymentMethod },
  };
}

async function seatCounts(db: Db, member: Member, now: Date) {
  const [[counts], used, unsent] = await Promise.all([
    db.$queryRaw<{ members: bigint; inactive: bigint }[]>`
      SELECT count(*) AS members, count(*) FILTER (WHERE "lastActiveAt" < ${inactiveSince(now)}) AS inactive
      FROM "Membership" WHERE "teamId" = ${member.team.id}`,
    seatsInUse(db, member.team.id, now),
    can(member, "members.invite") ? unsentInvitationCount(db, member.team.id) : null,
  ]);
  const inactive = can(member, "members.security") ? Number(counts.inactive) : null;
  return { members: Number(counts.members), used, limit: member.team.seatLimit, inactive, unsent };
}

async function ownerNames(db: Db, teamId: string): Promise<string[]> {
  const owners = await db.membership.findMany({ where: { teamId, role: "owner" }, orderBy: { createdAt: "asc" }, select: { user: { select: { name: true } } } });
  return owners.map((o) => o.user.name);
}

/** How many of each kind there are, and how many are running (accruing cost while they do). */
async function resourceCounts(db: Db, teamId: string, creatorId: string | null): Promise<KindCount[]> {
  const rows = await db.$queryRaw<{ kind: string; total: bigint; running: bigint }[]>`
    SELECT kind, count(*) AS total, count(*) FILTER (WHERE "runningSince" IS NOT NULL) AS running
    FROM "Resource"
    WHERE "teamId" = ${teamId} ${creatorId ? Prisma.sql`AND "creatorId" = ${creatorId}` : Prisma.empty}
    GROUP BY kind`;
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return RESOURCE_KINDS.map((kind) => ({ kind, total: Number(byKind.get(kind)?.total ?? 0), running: Number(byKind.get(kind)?.running ?? 0) }));
}

async function spendNow(db: Db, member: Member, now: Date) {
  const [monthToDate, burnRate] = await Promise.all([monthToDateCents(db, member.team.id, now), burnRateCents(db, member.team.id)]);
  return { monthToDateCents: monthToDate, burnRateCents: burnRate, limitCents: member.team.hourlySpendLimitCents };
}
