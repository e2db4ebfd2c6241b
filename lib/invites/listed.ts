import type { Db } from "@/lib/db/client";
import { resolveRoleColumns } from "@/lib/permissions";
import { senderStands } from "./standing-sql";

export type ListedTeam = { invitationId: string; teamName: string; roleName: string; domain: string; require2fa: boolean };

/**
 * Teams with a listed invite link for the domain of the user's confirmed address, which they can
 * join without having been sent it: the link still admits (pending, unexpired, uses left, its
 * sender may still invite with its role) and they are not in the team. One link per team.
 */
export async function listedTeamsFor(db: Db, userId: string, now = new Date()): Promise<ListedTeam[]> {
  const rows = await db.$queryRaw<{ id: string; teamName: string; role: string; customRoleName: string | null; customRolePermissions: string[] | null; domain: string; require2fa: boolean }[]>`
    SELECT DISTINCT ON (i."teamId") i.id, t.name AS "teamName", i.role, cr.name AS "customRoleName", cr.permissions AS "customRolePermissions", d.domain, i."require2fa"
    FROM "User" u
    CROSS JOIN LATERAL (SELECT split_part(u.email, '@', 2) AS domain) d
    JOIN "Invitation" i ON i."allowedDomains" @> ARRAY[d.domain] AND i.listed AND i.status = 'pending' AND i.email IS NULL
    JOIN "Team" t ON t.id = i."teamId"
    LEFT JOIN "CustomRole" cr ON cr.id = i."customRoleId"
    WHERE u.id = ${userId} AND u."emailVerified" IS NOT NULL
      AND (i."expiresAt" IS NULL OR i."expiresAt" > ${now})
      AND (i."maxUses" IS NULL OR i.uses < i."maxUses")
      AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."teamId" = i."teamId" AND m."userId" = u.id)
      AND ${senderStands}
    ORDER BY i."teamId", i."createdAt", i.id`;
  return rows
    .map((r) => ({
      invitationId: r.id,
      teamName: r.teamName,
      roleName: resolveRoleColumns(r).name,
      domain: r.domain,
      require2fa: r.require2fa,
    }))
    .sort((a, b) => a.teamName.localeCompare(b.teamName));
}
