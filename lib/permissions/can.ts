import type { Permission } from "./catalogue";

/** What `can` needs to know about a member: resolved from the database on every request. */
export type Actor = { userId: string; permissions: ReadonlySet<Permission> };

/** A resource the member acts on; only its creator matters for authorization. */
export type OwnedResource = { creatorId: string };

const OWN_RESOURCE_FALLBACK: Partial<Record<Permission, true>> = {
  "resources.read": true,
  "resources.manage": true,
  "resources.delete": true,
};

export function can(actor: Actor, permission: Permission, resource?: OwnedResource): boolean {
  if (actor.permissions.has(permission)) return true;
  return Boolean(
    resource &&
      OWN_RESOURCE_FALLBACK[permission] &&
      actor.permissions.has("resources.own") &&
      resource.creatorId === actor.userId,
  );
}

/** A role may be granted (to a member, an invite or an API key) only by someone who holds
 *  every permission in it. */
export function canGrant(actor: Actor, permissions: Iterable<Permission>): boolean {
  for (const p of permissions) if (!actor.permissions.has(p)) return false;
  return true;
}

/** May invite people with a role holding these permissions: may invite at all, and could grant the role. */
export function mayInviteWith(actor: Actor, rolePermissions: Iterable<Permission>): boolean {
  return can(actor, "members.invite") && canGrant(actor, rolePermissions);
}

/** A member's activity page (their actions and sign-ins): audit readers see anyone's, everyone their own. */
export function maySeeActivityOf(actor: Actor, userId: string): boolean {
  return can(actor, "audit.read") || actor.userId === userId;
}

/** A member's sign-in history (methods, addresses, browsers) is security data: for `members.security`, and for themselves. */
export function maySeeSignInsOf(actor: Actor, userId: string): boolean {
  return can(actor, "members.security") || actor.userId === userId;
}

/** What a role handed to anyone at a domain (a listed invite link) may hold: nothing that runs the team, its members, its log or its money. */
const LISTABLE: ReadonlySet<Permission> = new Set(["members.read", "resources.read", "resources.create", "resources.manage", "resources.delete", "resources.own", "billing.read"]);

export function mayListWithRole(role: { permissions: ReadonlySet<Permission> }): boolean {
  return [...role.permissions].every((p) => LISTABLE.has(p));
}
