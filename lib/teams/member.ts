import type { Db, Tx } from "@/lib/db/client";
import { resolveRole, type Actor } from "@/lib/permissions";

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
  team: TeamDetails;
};

const TEAM_SELECT = {
  id: true,
  slug: true,
  name: true,
  defaultRole: true,
  seatLimit: true,
  inviteExpiryDays: true,
  require2fa: true,
  hourlySpendLimitCents: true,
  auditRetentionDays: true,
} as const;

/** Re-reads the membership of a user in a team from the database; never from the session. */
export async function loadMember(client: Db | Tx, slug: string, userId: string): Promise<Member | null> {
  const membership = await client.membership.findFirst({
    where: { userId, team: { slug } },
    select: {
      id: true,
      role: true,
      customRoleId: true,
      customRole: { select: { name: true, permissions: true } },
      team: { select: TEAM_SELECT },
    },
  });
  if (!membership) return null;
  const { permissions, name } = resolveRole(membership);
  return {
    userId,
    membershipId: membership.id,
    role: membership.role,
    customRoleId: membership.customRoleId,
    roleName: name,
    permissions,
    team: membership.team,
  };
}

export async function teamsOf(client: Db, userId: string): Promise<(TeamSummary & { roleName: string })[]> {
  const rows = await client.membership.findMany({
    where: { userId },
    select: { role: true, customRole: { select: { name: true, permissions: true } }, team: { select: { id: true, slug: true, name: true } } },
    orderBy: { team: { name: "asc" } },
  });
  return rows.map((r) => ({ ...r.team, roleName: resolveRole(r).name }));
}
