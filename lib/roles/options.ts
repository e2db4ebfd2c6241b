import type { Db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, BUILT_IN_ROLES, canGrant, isOwner, resolveRole, type Actor } from "@/lib/permissions";

export type RoleOption = { value: string; name: string; description: string; grantable: boolean };

/** Every role of a team (built-in, then custom), marking those the member may grant. */
export async function roleOptions(db: Db, teamId: string, member: Actor): Promise<RoleOption[]> {
  const custom = await db.customRole.findMany({ where: { teamId }, orderBy: { name: "asc" }, select: { id: true, name: true, description: true, permissions: true } });
  return [
    ...BUILT_IN_ROLE_KEYS.map((key) => ({
      value: key,
      name: BUILT_IN_ROLES[key].name,
      description: BUILT_IN_ROLES[key].description,
      grantable: !isOwner({ role: key }) && canGrant(member, BUILT_IN_ROLES[key].permissions),
    })),
    ...custom.map((r) => ({
      value: `custom:${r.id}`,
      name: r.name,
      description: r.description || "Custom role",
      grantable: canGrant(member, resolveRole({ role: "custom", customRole: r }).permissions),
    })),
  ];
}
