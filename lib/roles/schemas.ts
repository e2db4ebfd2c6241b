import { z } from "zod";
import { displayTextField } from "@/lib/validation/display-text-field";
import { BUILT_IN_ROLE_KEYS, BUILT_IN_ROLES, PERMISSIONS, isPermission, type Permission } from "@/lib/permissions";

const BUILT_IN_NAMES = new Set(BUILT_IN_ROLE_KEYS.map((r) => BUILT_IN_ROLES[r].name.toLowerCase()));

/** Adds what each permission depends on (removing members implies seeing them). */
export function withDependencies(permissions: Permission[]): Permission[] {
  const all = new Set(permissions);
  for (const p of permissions) {
    const entry = PERMISSIONS[p];
    for (const dep of ("dependsOn" in entry ? entry.dependsOn : []) as Permission[]) all.add(dep);
  }
  return [...all].sort();
}

export const customRoleSchema = z.object({
  name: displayTextField()
    .min(2, "Use at least 2 characters")
    .max(40, "Use at most 40 characters")
    .refine((n) => !BUILT_IN_NAMES.has(n.toLowerCase()) && n.toLowerCase() !== "custom", "That name belongs to a built-in role"),
  description: z.string().trim().max(200, "Use at most 200 characters").default(""),
  permissions: z
    .array(z.string())
    .min(1, "Tick at least one permission")
    .refine((ps) => ps.every(isPermission), "Unknown permission")
    .transform((ps) => withDependencies(ps as Permission[])),
});
export type CustomRoleInput = z.input<typeof customRoleSchema>;

export const updateCustomRoleSchema = customRoleSchema.extend({ roleId: z.string().trim().min(1).max(64) });
export const deleteCustomRoleSchema = z.object({ roleId: z.string().trim().min(1).max(64) });
