"use client";

import Link from "next/link";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { signUpWithPassword } from "@/lib/auth/actions";
import { fieldProps } from "@/components/forms/field-props";

export function SignUpForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.signUpSchema), { name: "", email: email ?? "", password: "" });
  const signInHref = `/sign-in?${new URLSearchParams({ ...(callbackUrl ? { callbackUrl } : {}), email: (form.watch("email") ?? "").trim().toLowerCase() })}`;
  return (
    <form noValidate onSubmit={submitWith((values) => signUpWithPassword(values, callbackUrl))} className="space-y-4">
      <InputField label="Name" autoComplete="name" error={errors.name?.message} {...fieldProps(form, "name")} />
      <InputField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...fieldProps(form, "email")} />
      {errors.email?.type === "server" && (
        <p className="text-sm">
          <Link className="font-medium underline" href={signInHref}>
            Sign in with this email
          </Link>
        </p>
      )}
      <InputField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        error={errors.password?.message}
        {...fieldProps(form, "password")}
      />
      {formError && <Alert tone="error">{formError}</Alert>}
      <Button type="submit" className="w-full" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Creating account…" : "Create account"}
      </Button>
    </form>
  );
}
