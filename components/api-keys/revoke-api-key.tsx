"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { callAction, refusalMessage } from "@/components/forms/call-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";
import { DialogActions } from "@/components/ui/dialog-actions";

export function RevokeApiKey({ slug, apiKeyId, label }: { slug: string; apiKeyId: string; label: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ReactNode>(null);

  async function revoke() {
    setPending(true);
    setError(null);
    const result = await callAction(() => revokeApiKeyAction(slug, { apiKeyId }));
    setPending(false);
    if (!result.ok) return setError(refusalMessage(result, "The key could not be revoked."));
    setOpen(false);
    router.refresh();
  }

  return (
    <>
      <Button variant="ghost" className="text-red-700" onClick={() => setOpen(true)} aria-label={`Revoke ${label}`}>
        Revoke
      </Button>
      <Dialog open={open} onOpenChange={(next) => (setOpen(next), setError(null))} title={`Revoke ${label}?`} description="Requests with this key fail from the next one on. This cannot be undone.">
        <div className="space-y-4">
          {error && <Alert tone="error">{error}</Alert>}
          <DialogActions onCancel={() => setOpen(false)}>
            <Button variant="danger" onClick={revoke} disabled={pending}>
              {pending ? "Revoking…" : "Revoke key"}
            </Button>
          </DialogActions>
        </div>
      </Dialog>
    </>
  );
}
