import type { Db, Tx } from "@/lib/db/client";
import { OWNER_ROLE } from "@/lib/permissions";

export type OwnedTeam = { id: string; slug: string; name: string };

/** The teams whose only Owner is this user: a team always needs one, so these keep the account from being deleted. */
export async function teamsOnlyOwnedBy(client: Db | Tx, userId: string): Promise<OwnedTeam[]> {
  const rows = await client.membership.findMany({
    where: { userId, role: OWNER_ROLE, team: { memberships: { none: { role: OWNER_ROLE, userId: { not: userId } } } } },
    select: { team: { select: { id: true, slug: true, name: true } } },
    orderBy: { team: { name: "asc" } },
  });
  return rows.map((r) => r.team);
}
