"use client";

import { useState } from "react";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Dialog } from "@/components/ui/dialog";
import { InputField } from "@/components/ui/field";
import { deleteAccountAction } from "@/lib/account/actions";

/** Success signs out and lands on the sign-in page (the action redirects), so there is nothing to do after it here. */
export function DeleteAccountDialog({ email, hasPassword, totpEnabled }: { email: string; hasPassword: boolean; totpEnabled: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete account…
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title="Delete your account?" description="You leave all your teams and are signed out everywhere. This cannot be undone.">
        <DeleteAccountForm email={email} hasPassword={hasPassword} totpEnabled={totpEnabled} onCancel={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function DeleteAccountForm({ email, hasPassword, totpEnabled, onCancel }: { email: string; hasPassword: boolean; totpEnabled: boolean; onCancel: () => void }) {
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/account/schemas").then((m) => m.deleteAccountSchema), { email: "", password: "", code: "" });
  return (
    <form noValidate onSubmit={submitWith(deleteAccountAction)} className="space-y-4">
      <InputField label={`Type your email address, ${email}, to confirm`} type="email" autoComplete="off" spellCheck={false} error={errors.email?.message} {...fieldProps(form, "email")} />
      {hasPassword && <InputField label="Password" type="password" autoComplete="current-password" error={errors.password?.message} {...fieldProps(form, "password")} />}
      {totpEnabled && (
        <InputField
          label="Authentication code"
          autoComplete="one-time-code"
          hint="The 6-digit code from your authenticator app, or a recovery code."
          error={errors.code?.message}
          {...fieldProps(form, "code")}
        />
      )}
      {formError && <Alert tone="error">{formError}</Alert>}
      <DialogActions onCancel={onCancel}>
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Deleting…" : "Delete my account"}
        </Button>
      </DialogActions>
    </form>
  );
}
