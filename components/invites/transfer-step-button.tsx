"use client";

import { useRouter } from "next/navigation";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptTransferAction, confirmTransferAction } from "@/lib/transfer/actions";
import { TRANSFER_CONFIRMED } from "@/lib/transfer/messages";

export function TransferStepButton({ token, step }: { token: string; step: "confirm" | "accept" }) {
  const router = useRouter();
  const runner = useActionRunner();
  if (runner.message) return <Alert tone="success">{runner.message}</Alert>;
  const act = () =>
    step === "confirm"
      ? runner.run(() => confirmTransferAction({ token }), () => TRANSFER_CONFIRMED)
      : runner.run(() => acceptTransferAction({ token }), ({ slug }) => router.push(`/t/${slug}/members`));
  return (
    <div className="space-y-3">
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
      <Button className="w-full" disabled={runner.pending} onClick={act}>
        {step === "confirm" ? "Confirm transfer" : "Accept ownership"}
      </Button>
    </div>
  );
}
