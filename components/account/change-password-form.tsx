"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField } from "@/components/ui/field";
import { changePassword } from "@/lib/auth/account-actions";
import { fieldProps } from "@/components/forms/field-props";

export function ChangePasswordForm({ changed }: { changed: boolean }) {
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.changePasswordSchema), { currentPassword: "", newPassword: "" });
  return (
    <Card title="Password" description="Changing it signs you out on every other device.">
      <form noValidate onSubmit={submitWith(changePassword)} className="space-y-4">
        <InputField label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...fieldProps(form, "currentPassword")} />
        <InputField
          label="New password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          error={errors.newPassword?.message}
          {...fieldProps(form, "newPassword")}
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        {changed && !formError && <Alert tone="success">Password changed. Other sessions were signed out.</Alert>}
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Change password"}
        </Button>
      </form>
    </Card>
  );
}
