"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";
import { DialogActions } from "@/components/ui/dialog-actions";

export function RevokeApiKey({ slug, apiKeyId, label }: { slug: string; apiKeyId: string; label: string }) {
  const [open, setOpen] = useState(false);
  const runner = useActionRunner();

  return (
    <>
      <Button variant="ghost-danger" onClick={() => setOpen(true)} aria-label={`Revoke ${label}`}>
        Revoke
      </Button>
      <Dialog open={open} onOpenChange={(next) => (setOpen(next), runner.clear())} title={`Revoke ${label}?`} description="Requests with this key fail from the next one on. This cannot be undone.">
        <div className="space-y-4">
          {runner.error && <Alert tone="error">{runner.error}</Alert>}
          <DialogActions onCancel={() => setOpen(false)}>
            <Button variant="danger" onClick={() => runner.run(() => revokeApiKeyAction(slug, { apiKeyId }), () => setOpen(false))} disabled={runner.pending}>
              {runner.pending ? "Revoking…" : "Revoke key"}
            </Button>
          </DialogActions>
        </div>
      </Dialog>
    </>
  );
}
