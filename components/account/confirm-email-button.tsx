"use client";

import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { sendEmailConfirmationAction } from "@/lib/auth/account-actions";

/** Mails a confirmation link that leads back to `next` once opened. */
export function ConfirmEmailButton({ email, next }: { email: string; next: string }) {
  const runner = useActionRunner();
  return (
    <div className="space-y-3">
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
      {runner.message && <Alert tone="success">{runner.message}</Alert>}
      <Button
        className="w-full"
        variant={runner.message ? "secondary" : "primary"}
        disabled={runner.pending}
        onClick={() => runner.run(() => sendEmailConfirmationAction({ next }), () => `We sent a link to ${email}. Open it to confirm your address; it brings you back here.`)}
      >
        {runner.pending ? "Sending…" : runner.message ? "Send the link again" : "Email me a confirmation link"}
      </Button>
    </div>
  );
}
