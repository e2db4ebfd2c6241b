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
import { confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes, startTotpEnrolment } from "@/lib/auth/account-actions";
import { fieldProps } from "@/components/forms/field-props";
import { countOf } from "@/lib/text/count";
import { RecoveryCodes } from "./recovery-codes";

type Enrolment = { secret: string; otpauthUrl: string; qrCode: string };

/** At or below this many unused recovery codes the card warns. */
const FEW_RECOVERY_CODES = 2;

export function TwoFactorCard({ enabled, next, email, recoveryCodesLeft }: { enabled: boolean; next?: string; email: string; recoveryCodesLeft: number }) {
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
        <RecoveryCodes codes={recoveryCodes} email={email} />
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
  if (enabled) return <TwoFactorOn email={email} recoveryCodesLeft={recoveryCodesLeft} />;
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

function TwoFactorOn({ email, recoveryCodesLeft }: { email: string; recoveryCodesLeft: number }) {
  const [regenerating, setRegenerating] = useState(false);
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  const router = useRouter();

  if (newCodes) {
    return (
      <Card title="Save your new recovery codes" description="Each code signs you in once if you lose your authenticator. They are shown only now.">
        <Alert tone="success">New recovery codes were generated. Your old codes no longer work.</Alert>
        <RecoveryCodes codes={newCodes} email={email} />
        <Button
          variant="secondary"
          onClick={() => {
            setNewCodes(null);
            setRegenerating(false);
            router.refresh();
          }}
        >
          I saved them
        </Button>
      </Card>
    );
  }
  return (
    <Card title="Two-factor authentication" description="On. Password sign-ins also ask for a code from your authenticator app.">
      <section aria-labelledby="recovery-codes-heading" className="space-y-3">
        <h3 id="recovery-codes-heading" className="text-sm font-semibold">
          Recovery codes
        </h3>
        <RecoveryCodesLeft count={recoveryCodesLeft} />
        {regenerating ? (
          <RegenerateRecoveryCodes onGenerated={setNewCodes} onCancel={() => setRegenerating(false)} />
        ) : (
          <Button variant="secondary" onClick={() => setRegenerating(true)}>
            Generate new recovery codes
          </Button>
        )}
      </section>
      {!regenerating && <DisableTwoFactor />}
    </Card>
  );
}

function RecoveryCodesLeft({ count }: { count: number }) {
  if (count > FEW_RECOVERY_CODES) return <p className="text-sm text-zinc-700">{`${countOf(count, "recovery code")} left.`}</p>;
  return (
    <Alert tone="warning">
      {count === 0 ? "You have no recovery codes left." : `Only ${countOf(count, "recovery code")} left.`} Generate new ones so that losing your authenticator app
      does not lock you out.
    </Alert>
  );
}

function RegenerateRecoveryCodes({ onGenerated, onCancel }: { onGenerated: (codes: string[]) => void; onCancel: () => void }) {
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.regenerateRecoveryCodesSchema), { password: "" });
  return (
    <form noValidate onSubmit={submitWith(regenerateRecoveryCodes, (data) => onGenerated(data.recoveryCodes))} className="space-y-4">
      <InputField
        label="Current password"
        type="password"
        autoComplete="current-password"
        autoFocus
        hint="Needed to generate new codes. The codes you have now stop working."
        error={errors.password?.message}
        {...fieldProps(form, "password")}
      />
      {formError && <Alert tone="error">{formError}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Generating…" : "Generate new codes"}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function DisableTwoFactor() {
  const router = useRouter();
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/auth/schemas").then((m) => m.disableTotpSchema), { password: "" });
  return (
    <section aria-labelledby="disable-two-factor-heading" className="space-y-3 border-t border-zinc-200 pt-4">
      <h3 id="disable-two-factor-heading" className="text-sm font-semibold">
        Turn off
      </h3>
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
    </section>
  );
}
