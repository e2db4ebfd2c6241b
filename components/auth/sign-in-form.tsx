"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { signInWithPassword } from "@/lib/auth/actions";
import { signInSchema } from "@/lib/auth/schemas";

export function SignInForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const { form, formError, submitWith, errors } = useActionForm(signInSchema, { email: email ?? "", password: "" });
  return (
    <form noValidate onSubmit={submitWith((values) => signInWithPassword(values, callbackUrl))} className="space-y-4">
      <InputField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <InputField label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      {formError && <Alert tone="error">{formError}</Alert>}
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
