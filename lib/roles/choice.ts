import { ActionError } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";
import { canGrant, isOwner, isBuiltInRole, resolveRole, type Actor, type Permission } from "@/lib/permissions";

/** A role as forms and the API name it: a built-in key ("developer") or "custom:<id>". */
export type RoleChoice = string;

export type StoredRole = { role: string; customRoleId: string | null; name: string; permissions: Set<Permission> };

/** Resolves a role choice within a team; unknown roles are a field error on `field`. */
export async function resolveRoleChoice(tx: Tx | Db, teamId: string, choice: RoleChoice, field = "role"): Promise<StoredRole> {
  if (isBuiltInRole(choice)) {
    return { role: choice, customRoleId: null, ...resolveRole({ role: choice }) };
  }
  const id = choice.startsWith("custom:") ? choice.slice("custom:".length) : null;
  const custom = id ? await tx.customRole.findFirst({ where: { id, teamId }, select: { id: true, name: true, permissions: true } }) : null;
  if (!custom) throw new ActionError("That role does not exist.", { [field]: "Pick one of the team's roles" }, 422);
  return { role: "custom", customRoleId: custom.id, ...resolveRole({ role: "custom", customRole: custom }) };
}

/** Nobody grants a role holding a permission they lack; Owner is only ever given by a transfer. */
export function assertGrantable(actor: Actor, role: StoredRole, field = "role"): void {
  if (isOwner(role)) {
    throw new ActionError("Making someone an Owner is a transfer of ownership.", { [field]: "Use “Transfer ownership” to make someone the Owner" }, 422);
  }
  if (!canGrant(actor, role.permissions)) {
    throw new ActionError("You cannot grant a role with permissions you do not have yourself.", { [field]: `You cannot grant ${role.name}: it has permissions you do not have` }, 403);
  }
}

export function roleChoiceOf(stored: { role: string; customRoleId: string | null }): RoleChoice {
  return stored.role === "custom" && stored.customRoleId ? `custom:${stored.customRoleId}` : stored.role;
}
