"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cancelTransferAction } from "@/lib/transfer/actions";
import { useActionRunner } from "@/components/forms/use-action-runner";

export function PendingTransfer({ slug, transferId, text, canCancel }: { slug: string; transferId: string; text: string; canCancel: boolean }) {
  const runner = useActionRunner();
  return (
    <div className="mb-6">
      <Alert tone="info">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <span>{text}</span>
          {canCancel && (
            <Button variant="secondary" disabled={runner.pending} onClick={() => runner.run(() => cancelTransferAction(slug, { transferId }))}>
              Cancel transfer
            </Button>
          )}
        </div>
        {runner.error && <p className="mt-2 text-red-700">{runner.error}</p>}
      </Alert>
    </div>
  );
}
