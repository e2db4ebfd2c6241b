import type { Tx } from "@/lib/db/client";

/** Serialises changes to one team's memberships, seats and spend: concurrent actions on the
 *  same team wait here, so invariants checked after this line hold when the transaction commits. */
export async function lockTeam(tx: Tx, teamId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
}
