"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptTransferAction, confirmTransferAction } from "@/lib/transfer/actions";

export function TransferStepButton({ token, step }: { token: string; step: "confirm" | "accept" }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);
  if (done) return <Alert tone="success">Confirmed. The new Owner has been emailed and must accept before anything changes.</Alert>;
  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Button
        className="w-full"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await (step === "confirm" ? confirmTransferAction : acceptTransferAction)({ token });
          setPending(false);
          if (!result.ok) return setError(result.error ?? "That did not work.");
          if (step === "confirm") setDone(true);
          else router.push(`/t/${result.data.slug}/members`);
        }}
      >
        {step === "confirm" ? "Confirm transfer" : "Accept ownership"}
      </Button>
    </div>
  );
}
