import { canGrant, type Actor } from "./can";
import type { Permission } from "./catalogue";

/** Rules between roles that permissions alone do not express. */

export const OWNER_ROLE = "owner";

export function isOwner(membership: { role: string }): boolean {
  return membership.role === OWNER_ROLE;
}

/** Whether the actor may give this role: never Owner (a transfer does that), never beyond their own permissions. */
export function mayGrantRole(actor: Actor, role: { value: string; permissions: Iterable<Permission> }): boolean {
  return !isOwner({ role: role.value }) && canGrant(actor, role.permissions);
}

/**
 * Who may change, demote or remove whom: only an Owner touches an Owner, and nobody touches a
 * member whose role holds a permission they lack (the rule for granting a role, applied to
 * taking one away), so a custom role that may change roles cannot demote an Admin.
 */
export function mayManageMember(actor: Actor & { role: string }, target: { role: string; permissions: Iterable<Permission> }): boolean {
  return (!isOwner(target) || isOwner(actor)) && canGrant(actor, target.permissions);
}
