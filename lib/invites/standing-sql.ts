import { Prisma } from "@/lib/generated/prisma/client";
import { accessCurrentSql } from "@/lib/members/access-current";
import { ALL_PERMISSIONS, BUILT_IN_ROLE_KEYS, permissionsOf } from "@/lib/permissions";

/** SQL twin of `resolveRole(...).permissions` for a role column and its custom role's permissions column. */
function permissionsSql(role: Prisma.Sql, customPermissions: Prisma.Sql): Prisma.Sql {
  const builtIn = BUILT_IN_ROLE_KEYS.map((key) => Prisma.sql`WHEN ${key} THEN ${[...permissionsOf(key)]}::text[]`);
  return Prisma.sql`CASE ${role} ${Prisma.join(builtIn, " ")}
    WHEN 'custom' THEN ARRAY(SELECT unnest(${customPermissions}) INTERSECT SELECT unnest(${ALL_PERMISSIONS}::text[]))
    ELSE '{}'::text[] END`;
}

/** Whether the sender of the invitation (or group of invitations) aliased `i` may still invite with its role; checked row by row, so for a few rows. */
export const senderStands = Prisma.sql`EXISTS (
  SELECT 1 FROM "Membership" sm
  LEFT JOIN "CustomRole" scr ON scr.id = sm."customRoleId"
  LEFT JOIN "CustomRole" icr ON icr.id = i."customRoleId"
  CROSS JOIN LATERAL (SELECT ${permissionsSql(Prisma.sql`sm.role`, Prisma.sql`scr.permissions`)} AS held) h
  WHERE sm."teamId" = i."teamId" AND sm."userId" = i."inviterId" AND ${accessCurrentSql("sm")}
    AND 'members.invite' = ANY(h.held) AND ${permissionsSql(Prisma.sql`i.role`, Prisma.sql`icr.permissions`)} <@ h.held)`;

/**
 * SQL twin of `inviterMayGrant` for a pending email invitation or link of this team aliased `i`:
 * true while its sender is a member who may still invite with its role. The check runs once per
 * distinct (sender, role) of the team's pending invitations, a handful, and each invitation is
 * then a hash lookup, so lists and seat counts stay as cheap as without it.
 */
export function senderMayInviteSql(teamId: string): Prisma.Sql {
  return Prisma.sql`(i."inviterId", i.role, COALESCE(i."customRoleId", '')) IN (
    SELECT i."inviterId", i.role, COALESCE(i."customRoleId", '')
    FROM (SELECT DISTINCT "teamId", "inviterId", role, "customRoleId" FROM "Invitation" WHERE "teamId" = ${teamId} AND status = 'pending') i
    WHERE ${senderStands})`;
}
