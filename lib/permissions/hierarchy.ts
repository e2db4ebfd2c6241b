/** Rules between roles that permissions alone do not express. */

export const OWNER_ROLE = "owner";

export function isOwner(membership: { role: string }): boolean {
  return membership.role === OWNER_ROLE;
}

/** Only an Owner may change, demote or remove an Owner. */
export function mayManageMember(actor: { role: string }, target: { role: string }): boolean {
  return !isOwner(target) || isOwner(actor);
}
