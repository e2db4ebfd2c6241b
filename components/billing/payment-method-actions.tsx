"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { callAction, refusalMessage } from "@/components/forms/call-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removePaymentMethod, setDefaultPaymentMethod } from "@/lib/billing/actions";

export function PaymentMethodActions({ slug, id, label, isDefault }: { slug: string; id: string; label: string; isDefault: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<ReactNode>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: typeof removePaymentMethod) =>
    startTransition(async () => {
      setError(null);
      const result = await callAction(() => action(slug, { id }));
      if (result.ok) router.refresh();
      else setError(refusalMessage(result, "Something went wrong."));
    });
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        {!isDefault && (
          <Button variant="secondary" disabled={pending} aria-label={`Make default: ${label}`} onClick={() => run(setDefaultPaymentMethod)}>
            Make default
          </Button>
        )}
        <Button
          variant="ghost"
          disabled={pending}
          aria-label={`Remove: ${label}`}
          onClick={() => {
            if (window.confirm(`Remove ${label}?`)) run(removePaymentMethod);
          }}
        >
          Remove
        </Button>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
