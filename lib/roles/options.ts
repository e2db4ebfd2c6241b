import type { Db, Tx } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, BUILT_IN_ROLES, mayGrantRole, resolveRole, type Actor, type Permission } from "@/lib/permissions";

export type RoleOption = { value: string; name: string; description: string; grantable: boolean };
export type TeamRole = Omit<RoleOption, "grantable"> & { builtIn: boolean; permissions: readonly Permission[] };

/** Every role of a team, built-in then custom (by name), with what each permits. */
export async function teamRoles(db: Db | Tx, teamId: string): Promise<TeamRole[]> {
  const custom = await db.customRole.findMany({ where: { teamId }, orderBy: { name: "asc" }, select: { id: true, name: true, description: true, permissions: true } });
  return [
    ...BUILT_IN_ROLE_KEYS.map((key) => ({ value: key, name: BUILT_IN_ROLES[key].name, description: BUILT_IN_ROLES[key].description, builtIn: true, permissions: BUILT_IN_ROLES[key].permissions })),
    ...custom.map((r) => ({
      value: `custom:${r.id}`,
      name: r.name,
      description: r.description || "Custom role",
      builtIn: false,
      permissions: [...resolveRole({ role: "custom", customRole: r }).permissions],
    })),
  ];
}

/** Every role of a team (built-in, then custom), marking those the member may grant. */
export async function roleOptions(db: Db, teamId: string, member: Actor): Promise<RoleOption[]> {
  return (await teamRoles(db, teamId)).map((role) => ({ value: role.value, name: role.name, description: role.description, grantable: mayGrantRole(member, role) }));
}
