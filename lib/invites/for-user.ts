import type { Db } from "@/lib/db/client";
import { resolveRoleColumns } from "@/lib/permissions";
import { senderStands } from "./standing-sql";

export type InvitationForUser = { id: string; teamName: string; roleName: string; inviterName: string; expiresAt: Date | null; require2fa: boolean };

/**
 * Email invitations waiting for the user's address, once they have confirmed it (anyone can sign
 * up with any address): pending, unexpired, from a sender who may still send them, to a team the
 * user is not in. Oldest first, as they arrived.
 */
export async function invitationsFor(db: Db, userId: string, now = new Date()): Promise<InvitationForUser[]> {
  const rows = await db.$queryRaw<{ id: string; teamName: string; role: string; customRoleName: string | null; customRolePermissions: string[] | null; inviterName: string; expiresAt: Date | null; require2fa: boolean }[]>`
    SELECT i.id, t.name AS "teamName", i.role, cr.name AS "customRoleName", cr.permissions AS "customRolePermissions", s.name AS "inviterName", i."expiresAt", i."require2fa"
    FROM "User" u
    JOIN "Invitation" i ON i.email = u.email AND i.status = 'pending'
    JOIN "Team" t ON t.id = i."teamId"
    LEFT JOIN "CustomRole" cr ON cr.id = i."customRoleId"
    JOIN "User" s ON s.id = i."inviterId"
    WHERE u.id = ${userId} AND u."emailVerified" IS NOT NULL
      AND (i."expiresAt" IS NULL OR i."expiresAt" > ${now})
      AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."teamId" = i."teamId" AND m."userId" = u.id)
      AND ${senderStands}
    ORDER BY i."createdAt", i.id`;
  return rows.map((r) => ({
    id: r.id,
    teamName: r.teamName,
    roleName: resolveRoleColumns(r).name,
    inviterName: r.inviterName,
    expiresAt: r.expiresAt,
    require2fa: r.require2fa,
  }));
}
