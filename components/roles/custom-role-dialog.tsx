"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { InputField } from "@/components/ui/field";
import { createCustomRoleAction, updateCustomRoleAction } from "@/lib/roles/actions";
import { DialogActions } from "@/components/ui/dialog-actions";
import { choiceProps, fieldProps } from "@/components/forms/field-props";

type PermissionChoice = { key: string; description: string; category: string; grantable: boolean };
type Existing = { id: string; name: string; description: string; permissions: string[] };

/** Create or edit a custom role by ticking permissions; those the editor lacks are disabled. */
export function CustomRoleDialog({ slug, permissions, role }: { slug: string; permissions: PermissionChoice[]; role?: Existing }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/roles/schemas").then((m) => m.customRoleSchema), {
    name: role?.name ?? "",
    description: role?.description ?? "",
    permissions: role?.permissions ?? [],
  });
  const onSubmit = submitWith(
    (v) => (role ? updateCustomRoleAction(slug, { ...v, roleId: role.id }) : createCustomRoleAction(slug, v)),
    () => {
      setOpen(false);
      if (!role) form.reset();
      router.refresh();
    },
  );
  const categories = [...new Set(permissions.map((p) => p.category))];
  return (
    <>
      <Button variant={role ? "ghost" : "primary"} aria-label={role ? `Edit ${role.name}` : undefined} onClick={() => setOpen(true)}>
        {role ? "Edit" : "Create custom role"}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={role ? `Edit ${role.name}` : "Create custom role"} description="Members with this role get exactly the permissions you tick. Changes apply on their next request." wide>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <InputField label="Role name" error={errors.name?.message} {...fieldProps(form, "name")} />
          <InputField label="Description" error={errors.description?.message} {...fieldProps(form, "description")} />
          <fieldset className="space-y-3" aria-describedby={errors.permissions ? "permissions-error" : undefined}>
            <legend className="text-sm font-medium">Permissions</legend>
            {categories.map((category) => (
              <div key={category}>
                <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-zinc-600">{category}</p>
                <div className="grid gap-1 sm:grid-cols-2">
                  {permissions
                    .filter((p) => p.category === category)
                    .map((p) => (
                      <label key={p.key} className={`flex items-start gap-2 text-sm ${p.grantable ? "" : "text-zinc-500"}`}>
                        <input type="checkbox" disabled={!p.grantable} className="mt-0.5 h-4 w-4 shrink-0" {...choiceProps(form, "permissions", p.key)} />
                        <span>
                          {p.description}
                          {!p.grantable && <span className="block text-xs">You do not have this permission</span>}
                        </span>
                      </label>
                    ))}
                </div>
              </div>
            ))}
            {errors.permissions?.message && (
              <p id="permissions-error" className="text-sm text-red-700">
                {errors.permissions.message}
              </p>
            )}
          </fieldset>
          <p className="text-xs text-zinc-600">Permissions that others depend on are added automatically (for example, removing members includes seeing them).</p>
          {formError && <Alert tone="error">{formError}</Alert>}
          <DialogActions onCancel={() => setOpen(false)}>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {role ? "Save role" : "Create role"}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
