import type { Db, Tx } from "@/lib/db/client";
import { isBuiltInRole, permissionsOf, roleName, type Actor, type Permission } from "@/lib/permissions";

export type TeamSummary = { id: string; slug: string; name: string };
export type Member = Actor & {
  membershipId: string;
  role: string;
  roleName: string;
  team: TeamSummary & { defaultRole: string; seatLimit: number; inviteExpiryDays: number; require2fa: boolean };
};

/** Re-reads the membership of a user in a team from the database; never from the session. */
export async function loadMember(client: Db | Tx, slug: string, userId: string): Promise<Member | null> {
  const membership = await client.membership.findFirst({
    where: { userId, team: { slug } },
    select: {
      id: true,
      role: true,
      team: { select: { id: true, slug: true, name: true, defaultRole: true, seatLimit: true, inviteExpiryDays: true, require2fa: true } },
    },
  });
  if (!membership) return null;
  return {
    userId,
    membershipId: membership.id,
    role: membership.role,
    roleName: roleName(membership.role),
    permissions: new Set<Permission>(isBuiltInRole(membership.role) ? permissionsOf(membership.role) : []),
    team: membership.team,
  };
}

export async function teamsOf(client: Db, userId: string): Promise<(TeamSummary & { role: string })[]> {
  const rows = await client.membership.findMany({
    where: { userId },
    select: { role: true, team: { select: { id: true, slug: true, name: true } } },
    orderBy: { team: { name: "asc" } },
  });
  return rows.map((r) => ({ ...r.team, role: r.role }));
}
