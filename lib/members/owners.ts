import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";
import { OWNER_ROLE, isOwner, mayManageMember, resolveRole } from "@/lib/permissions";
import type { Member } from "@/lib/teams/member";

/** The invariant "a team always has an Owner". Call after lockTeam, before the change. */
export async function assertNotLastOwner(tx: Tx, teamId: string, membership: { role: string }, verb: string): Promise<void> {
  if (!isOwner(membership)) return;
  const owners = await tx.membership.count({ where: { teamId, role: OWNER_ROLE } });
  if (owners <= 1) {
    throw new ActionError(`The last Owner cannot ${verb}. A team always needs an Owner: transfer ownership first.`, undefined, 409);
  }
}

export function assertMayTouch(actor: Member, target: { role: string; customRole: { name: string; permissions: string[] } | null }): void {
  const role = resolveRole(target);
  if (mayManageMember(actor, { role: target.role, permissions: role.permissions })) return;
  if (isOwner(target)) throw new ActionError("Only an Owner can change or remove an Owner.", undefined, 403);
  throw new ActionError(`Their role (${role.name}) has permissions yours (${actor.roleName}) does not, so you cannot change or remove them.`, undefined, 403);
}
