"use client";

import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { requestPasswordReset } from "@/lib/auth/actions";

export function ForgotPasswordForm({ email }: { email?: string }) {
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.passwordResetRequestSchema), { email: email ?? "" });
  return (
    <form noValidate onSubmit={submitWith(requestPasswordReset)} className="space-y-4">
      <InputField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...fieldProps(form, "email")} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Sending…" : "Email me a reset link"}
      </Button>
    </form>
  );
}
