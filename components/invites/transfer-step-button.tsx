"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { acceptTransferAction, confirmTransferAction, declineTransferAction } from "@/lib/transfer/actions";
import { TRANSFER_CONFIRMED, TRANSFER_DECLINED } from "@/lib/transfer/messages";

/**
 * The Owner's "Confirm", or the recipient's "Accept" and "Decline". `enrolFirst`: the team requires
 * two-factor sign-in and the recipient has none, so they may decline now but accept only after enrolling.
 */
export function TransferStepButton({ token, step, enrolFirst = false }: { token: string; step: "confirm" | "accept"; enrolFirst?: boolean }) {
  const router = useRouter();
  const runner = useActionRunner();
  if (runner.message) return <Alert tone="success">{runner.message}</Alert>;
  const here = `/transfer/${token}`;
  const decline = () => runner.run(() => declineTransferAction({ token }), () => TRANSFER_DECLINED);
  if (step === "confirm") {
    return (
      <div className="space-y-3">
        {runner.error && <Alert tone="error">{runner.error}</Alert>}
        <Button className="w-full" disabled={runner.pending} onClick={() => runner.run(() => confirmTransferAction({ token }), () => TRANSFER_CONFIRMED)}>
          Confirm transfer
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
      {enrolFirst ? (
        <>
          <Alert tone="info">This team requires two-factor sign-in. Turn it on for your account to accept, or decline now.</Alert>
          <Link className={buttonClass("primary", "w-full")} href={`/account?enrol=1&next=${encodeURIComponent(here)}`}>
            Set up two-factor sign-in
          </Link>
        </>
      ) : (
        <Button className="w-full" disabled={runner.pending} onClick={() => runner.run(() => acceptTransferAction({ token }), ({ slug }) => router.push(`/t/${slug}/members`))}>
          Accept ownership
        </Button>
      )}
      <Button variant="secondary" className="w-full" disabled={runner.pending} onClick={decline}>
        Decline
      </Button>
    </div>
  );
}
