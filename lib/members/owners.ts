import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import { OWNER_ROLE, isOwner, mayManageMember } from "@/lib/permissions";

/** The invariant "a team always has an Owner". Call after lockTeam, before the change. */
export async function assertNotLastOwner(tx: Tx, teamId: string, membership: { role: string }, verb: string): Promise<void> {
  if (!isOwner(membership)) return;
  const owners = await tx.membership.count({ where: { teamId, role: OWNER_ROLE } });
  if (owners <= 1) {
    throw new ActionError(`The last Owner cannot ${verb}. A team always needs an Owner: transfer ownership first.`, undefined, 409);
  }
}

export function assertMayTouch(actor: { role: string }, target: { role: string }): void {
  if (!mayManageMember(actor, target)) throw new ActionError("Only an Owner can change or remove an Owner.", undefined, 403);
}
