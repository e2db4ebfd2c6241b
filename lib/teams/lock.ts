import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

/** Serialises changes to one team's memberships, seats and spend: concurrent actions on the
 *  same team wait here, so invariants checked after this line hold when the transaction commits. */
export async function lockTeam(tx: Tx, teamId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${teamId} FOR UPDATE`;
}

/** How an invitation is found: by its link's token, or by its id. */
export type InvitationKey = { tokenHash: string } | { id: string };

/** The condition on an invitation aliased `alias` that picks the one `key` names. */
export function invitationMatch(key: InvitationKey, alias = "i"): Prisma.Sql {
  const column = "tokenHash" in key ? Prisma.raw(`${alias}."tokenHash"`) : Prisma.raw(`${alias}.id`);
  return Prisma.sql`${column} = ${"tokenHash" in key ? key.tokenHash : key.id}`;
}

/** lockTeam for the team an invitation belongs to; false when there is no such invitation. */
export async function lockTeamOfInvitation(tx: Tx, key: InvitationKey): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT id FROM "Team" WHERE id = (SELECT i."teamId" FROM "Invitation" i WHERE ${invitationMatch(key)}) FOR UPDATE`;
  return rows.length > 0;
}
