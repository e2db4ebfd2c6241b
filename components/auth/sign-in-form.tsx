"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { signInWithPassword } from "@/lib/auth/actions";
import { fieldProps } from "@/components/forms/field-props";

/** Email + password; with 2FA on, a second step asks for the code (email and password are sent again with it). */
export function SignInForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const [codeStep, setCodeStep] = useState(false);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.signInSchema), { email: email ?? "", password: "" });
  const submit = submitWith(
    (values) => signInWithPassword(values, callbackUrl),
    () => setCodeStep(true),
  );
  const submitting = form.formState.isSubmitting;
  return (
    <form noValidate onSubmit={submit} className="space-y-4">
      {codeStep ? (
        <>
          <p className="text-sm text-zinc-700">
            Two-factor authentication is on for <span className="font-medium">{form.getValues("email")}</span>.
          </p>
          {/* Its own key: React must not reuse the password input (and its value) for the code. */}
          <InputField
            key="code"
            label="Authentication code"
            autoComplete="one-time-code"
            autoFocus
            hint="The 6-digit code from your authenticator app, or one of your recovery codes."
            error={errors.code?.message}
            {...fieldProps(form, "code")}
          />
        </>
      ) : (
        <>
          <InputField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...fieldProps(form, "email")} />
          <InputField label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...fieldProps(form, "password")} />
        </>
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <Button type="submit" className="w-full" disabled={submitting}>
        {submitting ? "Signing in…" : codeStep ? "Verify" : "Sign in"}
      </Button>
      {codeStep && (
        <Button
          variant="ghost"
          className="w-full"
          onClick={() => {
            setCodeStep(false);
            form.reset({ email: form.getValues("email"), password: "" });
          }}
        >
          Use a different account
        </Button>
      )}
    </form>
  );
}
