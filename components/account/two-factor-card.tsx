"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { callAction, refusalMessage } from "@/components/forms/call-action";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField } from "@/components/ui/field";
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from "@/lib/auth/account-actions";
import { fieldProps } from "@/components/forms/field-props";

type Enrolment = { secret: string; otpauthUrl: string; qrCode: string };

export function TwoFactorCard({ enabled, next }: { enabled: boolean; next?: string }) {
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<ReactNode>(null);
  const [starting, startTransition] = useTransition();
  const router = useRouter();

  const start = () =>
    startTransition(async () => {
      setError(null);
      const result = await callAction(() => startTotpEnrolment({}));
      if (result.ok) setEnrolment(result.data);
      else setError(refusalMessage(result, "Could not start the set-up."));
    });

  if (recoveryCodes) {
    return (
      <Card title="Save your recovery codes" description="Each code signs you in once if you lose your authenticator. They are shown only now.">
        <Alert tone="success">Two-factor authentication is on.</Alert>
        <ol className="grid grid-cols-2 gap-2 rounded-md bg-zinc-50 p-4 font-mono text-sm" aria-label="Recovery codes" data-testid="recovery-codes">
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        {next ? (
          <Link href={next} className="inline-block text-sm font-medium underline">
            I saved them, continue
          </Link>
        ) : (
          <Button variant="secondary" onClick={() => { setRecoveryCodes(null); router.refresh(); }}>
            I saved them
          </Button>
        )}
      </Card>
    );
  }
  if (enabled) return <DisableTwoFactor />;
  return (
    <Card
      title="Two-factor authentication"
      description="Off. Add a code from an authenticator app (1Password, Google Authenticator, Authy…) to every password sign-in."
    >
      {error && <Alert tone="error">{error}</Alert>}
      {enrolment ? (
        <ConfirmEnrolment enrolment={enrolment} onEnabled={setRecoveryCodes} />
      ) : (
        <Button onClick={start} disabled={starting}>
          {starting ? "Preparing…" : "Set up two-factor authentication"}
        </Button>
      )}
    </Card>
  );
}

function ConfirmEnrolment({ enrolment, onEnabled }: { enrolment: Enrolment; onEnabled: (codes: string[]) => void }) {
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.confirmTotpSchema), { code: "" });
  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-700">1. Scan this QR code with your authenticator app, or enter the key by hand.</p>
      <div className="flex flex-wrap items-center gap-6">
        {/* A data URL generated on the server: nothing leaves the machine. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={enrolment.qrCode} alt="QR code for your authenticator app" width={160} height={160} className="rounded border border-zinc-200" />
        <div className="space-y-1">
          <p className="text-xs font-medium text-zinc-600">Setup key</p>
          <code className="block break-all rounded bg-zinc-100 px-2 py-1 font-mono text-sm" data-testid="totp-secret">
            {enrolment.secret}
          </code>
        </div>
      </div>
      <form noValidate onSubmit={submitWith(confirmTotpEnrolment, (data) => onEnabled(data.recoveryCodes))} className="space-y-4">
        <InputField
          label="2. Enter the 6-digit code it shows"
          autoComplete="one-time-code"
          inputMode="numeric"
          error={errors.code?.message}
          {...fieldProps(form, "code")}
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Checking…" : "Turn on two-factor authentication"}
        </Button>
      </form>
    </div>
  );
}

function DisableTwoFactor() {
  const router = useRouter();
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.disableTotpSchema), { password: "" });
  return (
    <Card title="Two-factor authentication" description="On. Password sign-ins also ask for a code from your authenticator app.">
      <form noValidate onSubmit={submitWith(disableTotp, () => router.refresh())} className="space-y-4">
        <InputField
          label="Current password"
          type="password"
          autoComplete="current-password"
          hint="Needed to turn two-factor authentication off."
          error={errors.password?.message}
          {...fieldProps(form, "password")}
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
          Turn off two-factor authentication
        </Button>
      </form>
    </Card>
  );
}
