"use client";

import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { resetPasswordAction } from "@/lib/auth/actions";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.passwordResetSchema), { token, password: "" });
  return (
    <form noValidate onSubmit={submitWith(resetPasswordAction)} className="space-y-4">
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <InputField label="New password" type="password" autoComplete="new-password" hint="At least 10 characters." error={errors.password?.message} {...fieldProps(form, "password")} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Saving…" : "Set the new password"}
      </Button>
    </form>
  );
}
