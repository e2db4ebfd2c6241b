"use client";

import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removePaymentMethod, setDefaultPaymentMethod } from "@/lib/billing/actions";

export function PaymentMethodActions({ slug, id, label, isDefault }: { slug: string; id: string; label: string; isDefault: boolean }) {
  const runner = useActionRunner();
  const run = (action: typeof removePaymentMethod) => runner.run(() => action(slug, { id }));
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        {!isDefault && (
          <Button variant="secondary" disabled={runner.pending} aria-label={`Make default: ${label}`} onClick={() => run(setDefaultPaymentMethod)}>
            Make default
          </Button>
        )}
        <Button
          variant="ghost"
          disabled={runner.pending}
          aria-label={`Remove: ${label}`}
          onClick={() => {
            if (window.confirm(`Remove ${label}?`)) run(removePaymentMethod);
          }}
        >
          Remove
        </Button>
      </div>
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
    </div>
  );
}
