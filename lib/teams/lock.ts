import type { Tx } from "@/lib/db/client";

/** Serialises changes to one team's memberships, seats and spend: concurrent actions on the
 *  same team wait here, so invariants checked after this line hold when the transaction commits. */
export async function lockTeam(tx: Tx, teamId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
}

/** lockTeam for the team an invitation belongs to; false when no invitation has this token. */
export async function lockTeamOfInvitation(tx: Tx, tokenHash: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT id FROM "Team" WHERE id = (SELECT "teamId" FROM "Invitation" WHERE "tokenHash" = ${tokenHash}) FOR UPDATE`;
  return rows.length > 0;
}
