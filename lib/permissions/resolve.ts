import { isPermission, type Permission } from "./catalogue";
import { BUILT_IN_ROLE_KEYS, isBuiltInRole, permissionsOf, roleName } from "./roles";

export type RoleRef = { role: string; customRole?: { name: string; permissions: string[] } | null };

/** The permissions and display name of a stored role: a built-in key, or a custom role. */
export function resolveRole(ref: RoleRef): { permissions: Set<Permission>; name: string } {
  if (ref.role === "custom" && ref.customRole) {
    return { permissions: new Set(ref.customRole.permissions.filter(isPermission)), name: ref.customRole.name };
  }
  return { permissions: new Set(isBuiltInRole(ref.role) ? permissionsOf(ref.role) : []), name: roleName(ref.role) };
}

/** The same for a raw SQL row that joined its custom role as `customRoleName` and `customRolePermissions`. */
export function resolveRoleColumns(row: { role: string; customRoleName: string | null; customRolePermissions: string[] | null }) {
  const customRole = row.customRoleName === null ? null : { name: row.customRoleName, permissions: row.customRolePermissions ?? [] };
  return resolveRole({ role: row.role, customRole });
}

/** A Prisma `where` on memberships whose role grants `permission`, as resolveRole decides it: to find who may act. */
export function membershipsHolding(permission: Permission) {
  return { OR: [{ role: { in: BUILT_IN_ROLE_KEYS.filter((key) => permissionsOf(key).includes(permission)) } }, { role: "custom", customRole: { permissions: { has: permission } } }] };
}
