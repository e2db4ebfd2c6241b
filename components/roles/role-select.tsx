import type { ComponentProps } from "react";
import { SelectField } from "@/components/ui/field";
import type { RoleOption } from "@/lib/roles/options";

type Props = ComponentProps<"select"> & { roles: RoleOption[]; selected?: string; error?: string; label?: string };

/** The roles the current member may grant, with the chosen role's one-line description. */
export function RoleSelect({ roles, selected, error, label = "Role", ...props }: Props) {
  return (
    <SelectField label={label} error={error} hint={roles.find((r) => r.value === selected)?.description} {...props}>
      <GrantableRoleOptions roles={roles} />
    </SelectField>
  );
}

/** One `<option>` per role the current member may grant. */
export function GrantableRoleOptions({ roles }: { roles: RoleOption[] }) {
  return roles
    .filter((r) => r.grantable)
    .map((r) => (
      <option key={r.value} value={r.value}>
        {r.name}
      </option>
    ));
}

/** The role a role form starts on: `preferred` when the member may grant it, else the first grantable. */
export function initialRole(roles: RoleOption[], preferred?: string): string {
  const grantable = roles.filter((r) => r.grantable);
  return grantable.find((r) => r.value === preferred)?.value ?? grantable[0]?.value ?? "";
}
