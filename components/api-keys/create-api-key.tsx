"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { InputField, SelectField } from "@/components/ui/field";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import { API_KEY_EXPIRY_DAYS } from "@/lib/api-keys/expiry-days";
import type { RoleOption } from "@/lib/roles/options";
import { RoleSelect, initialRole } from "@/components/roles/role-select";
import { DialogActions } from "@/components/ui/dialog-actions";
import { fieldProps } from "@/components/forms/field-props";

type Created = { name: string; secret: string; roleName: string };

/** The create form, then the secret: shown once, in the same dialog. */
export function CreateApiKey({ slug, roles }: { slug: string; roles: RoleOption[] }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/api-keys/schemas").then((m) => m.createApiKeySchema), { name: "", role: initialRole(roles, "viewer"), expiresInDays: "90" });

  const onSubmit = submitWith(
    (values) => createApiKeyAction(slug, values),
    (data) => {
      setCreated({ name: data.name, secret: data.secret, roleName: data.roleName });
      form.reset();
      router.refresh();
    },
  );

  return (
    <>
      <Button onClick={() => setOpen(true)}>Create API key</Button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) setCreated(null);
        }}
        title={created ? "Copy your new API key" : "Create API key"}
        description={
          created
            ? "This is the only time the key is shown. Store it in a secret manager now; if you lose it, revoke it and create a new one."
            : "A key acts with the role you pick, and never beyond your own permissions: if your role changes or you leave the team, the key changes with you."
        }
        wide
      >
        {created ? (
          <div className="space-y-4">
            <CopyField label={`API key “${created.name}” (${created.roleName})`} value={created.secret} />
            <p className="text-sm text-zinc-600">
              Use it as <code className="rounded bg-zinc-100 px-1 font-mono text-xs">Authorization: Bearer {created.secret.slice(0, 11)}…</code>
            </p>
            <div className="flex justify-end">
              <Button onClick={() => (setOpen(false), setCreated(null))}>Done</Button>
            </div>
          </div>
        ) : (
          <form noValidate onSubmit={onSubmit} className="space-y-4">
            <InputField label="Name" placeholder="ci-deploy" hint="What uses this key, so you recognise it later." error={errors.name?.message} {...fieldProps(form, "name")} />
            <RoleSelect roles={roles} selected={form.watch("role")} error={errors.role?.message} {...fieldProps(form, "role")} />
            <SelectField label="Expires" error={errors.expiresInDays?.message} {...fieldProps(form, "expiresInDays")}>
              {API_KEY_EXPIRY_DAYS.map((days) => (
                <option key={days} value={String(days)}>
                  In {days} days
                </option>
              ))}
              <option value="">Never</option>
            </SelectField>
            {formError && <Alert tone="error">{formError}</Alert>}
            <DialogActions onCancel={() => setOpen(false)}>
              <Button type="submit" disabled={form.formState.isSubmitting}>
                {form.formState.isSubmitting ? "Creating…" : "Create key"}
              </Button>
            </DialogActions>
          </form>
        )}
      </Dialog>
    </>
  );
}
