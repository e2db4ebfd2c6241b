import { LAST_ACTIVE_STEP_MS } from "@/lib/auth/session-user";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { accessCurrentSql } from "@/lib/members/access-current";
import { resolveRoleColumns, type Actor } from "@/lib/permissions";

export type TeamSummary = { id: string; slug: string; name: string };
export type TeamDetails = TeamSummary & {
  defaultRole: string;
  seatLimit: number;
  inviteExpiryDays: number;
  require2fa: boolean;
  hourlySpendLimitCents: number;
  auditRetentionDays: number | null;
};
export type Member = Actor & {
  membershipId: string;
  role: string;
  customRoleId: string | null;
  roleName: string;
  /** Temporary access: when it ends (null: it does not). */
  accessEndsAt: Date | null;
  team: TeamDetails;
};

/** A membership row joined to its team and custom role: the columns both reads below need. */
type MembershipRow = {
  membershipId: string;
  role: string;
  customRoleId: string | null;
  customRoleName: string | null;
  customRolePermissions: string[] | null;
};

// Both reads run on every team request, so each is one plain SQL statement: no relation queries,
// no per-call query compilation.

/**
 * Re-reads the membership of a user in a team from the database; never from the session. A
 * membership whose access has ended is none, unless `ended` asks for it (leaving the team).
 * `touch` records the request as the member's activity in the team, in the same round trip: the
 * UPDATE in the WITH matches no row (an index probe, no write) unless the time recorded is more
 * than 5 minutes old. Transactions read without it, so they never lock the actor's membership.
 */
export async function loadMember(client: Db | Tx, slug: string, userId: string, { touch = false, ended = false } = {}): Promise<Member | null> {
  const now = new Date();
  const touched = touch
    ? Prisma.sql`WITH touched AS (
        UPDATE "Membership" SET "lastActiveAt" = ${now}
        WHERE "userId" = ${userId} AND "teamId" = (SELECT id FROM "Team" WHERE slug = ${slug})
          AND "lastActiveAt" < ${new Date(now.getTime() - LAST_ACTIVE_STEP_MS)} AND ${accessCurrentSql('"Membership"')}
      )`
    : Prisma.empty;
  const [row] = await client.$queryRaw<(MembershipRow & TeamDetails & { accessEndsAt: Date | null })[]>`
    ${touched}
    SELECT m.id AS "membershipId", m.role, m."customRoleId", m."accessEndsAt", cr.name AS "customRoleName", cr.permissions AS "customRolePermissions",
           t.id, t.slug, t.name, t."defaultRole", t."seatLimit", t."inviteExpiryDays", t."require2fa", t."hourlySpendLimitCents", t."auditRetentionDays"
    FROM "Membership" m
    JOIN "Team" t ON t.id = m."teamId"
    LEFT JOIN "CustomRole" cr ON cr.id = m."customRoleId"
    WHERE m."userId" = ${userId} AND t.slug = ${slug} AND ${ended ? Prisma.sql`true` : accessCurrentSql("m")}`;
  if (!row) return null;
  const { permissions, name } = resolveRoleColumns(row);
  const { membershipId, role, customRoleId, accessEndsAt, id, defaultRole, seatLimit, inviteExpiryDays, require2fa, hourlySpendLimitCents, auditRetentionDays } = row;
  return {
    userId,
    membershipId,
    role,
    customRoleId,
    roleName: name,
    accessEndsAt,
    permissions,
    team: { id, slug: row.slug, name: row.name, defaultRole, seatLimit, inviteExpiryDays, require2fa, hourlySpendLimitCents, auditRetentionDays },
  };
}

export async function teamsOf(client: Db, userId: string): Promise<(TeamSummary & { roleName: string })[]> {
  const rows = await client.$queryRaw<(MembershipRow & TeamSummary)[]>`
    SELECT m.id AS "membershipId", m.role, m."customRoleId", cr.name AS "customRoleName", cr.permissions AS "customRolePermissions", t.id, t.slug, t.name
    FROM "Membership" m
    JOIN "Team" t ON t.id = m."teamId"
    LEFT JOIN "CustomRole" cr ON cr.id = m."customRoleId"
    WHERE m."userId" = ${userId} AND ${accessCurrentSql("m")}
    ORDER BY t.name`;
  return rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, roleName: resolveRoleColumns(row).name }));
}
