"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { deleteWebhookAction, rollWebhookSecretAction, testWebhookAction } from "@/lib/webhooks/actions";

export function WebhookActions({ slug, webhookId, url }: { slug: string; webhookId: string; url: string }) {
  const [confirming, setConfirming] = useState(false);
  const [rolling, setRolling] = useState(false);
  const [rolled, setRolled] = useState<string | null>(null);
  const roll = useActionRunner();
  const [tested, setTested] = useState<{ delivered: boolean; message: string } | null>(null);
  const test = useActionRunner();
  const remove = useActionRunner();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={test.pending} onClick={() => (setTested(null), test.run(() => testWebhookAction(slug, { webhookId }), (data) => void setTested(data)))} aria-label={`Send test event to ${url}`}>
          {test.pending ? "Sending…" : "Send test event"}
        </Button>
        <Button variant="secondary" onClick={() => (setRolled(null), setRolling(true))} aria-label={`Replace secret of ${url}`}>
          Replace secret
        </Button>
        <Button variant="ghost-danger" onClick={() => setConfirming(true)} aria-label={`Delete ${url}`}>
          Delete
        </Button>
      </div>
      {test.error && <Alert tone="error">{test.error}</Alert>}
      {tested && <Alert tone={tested.delivered ? "success" : "error"}>{tested.message}</Alert>}
      <Dialog
        open={rolling}
        onOpenChange={(next) => (setRolling(next), roll.clear(), next || setRolled(null))}
        title={rolled ? "Copy the new signing secret" : "Replace the signing secret?"}
        description={rolled ? "This is the only time it is shown. Every request from now on is signed with it." : `Requests to ${url} are signed with a new secret from the next one on; the receiver rejects them until it has the new secret.`}
      >
        {rolled ? (
          <div className="space-y-4">
            <CopyField label="New signing secret" value={rolled} />
            <div className="flex justify-end">
              <Button onClick={() => (setRolling(false), setRolled(null))}>Done</Button>
            </div>
          </div>
        ) : (
          <div className="space-y-4">
            {roll.error && <Alert tone="error">{roll.error}</Alert>}
            <DialogActions onCancel={() => setRolling(false)}>
              <Button disabled={roll.pending} onClick={() => roll.run(() => rollWebhookSecretAction(slug, { webhookId }), (data) => void setRolled(data.secret))}>
                {roll.pending ? "Replacing…" : "Replace secret"}
              </Button>
            </DialogActions>
          </div>
        )}
      </Dialog>
      <Dialog open={confirming} onOpenChange={(next) => (setConfirming(next), remove.clear())} title="Delete this endpoint?" description={`${url} stops receiving the audit log at once; events it was not sent yet are not sent.`}>
        <div className="space-y-4">
          {remove.error && <Alert tone="error">{remove.error}</Alert>}
          <DialogActions onCancel={() => setConfirming(false)}>
            <Button variant="danger" disabled={remove.pending} onClick={() => remove.run(() => deleteWebhookAction(slug, { webhookId }), () => setConfirming(false))}>
              {remove.pending ? "Deleting…" : "Delete endpoint"}
            </Button>
          </DialogActions>
        </div>
      </Dialog>
    </div>
  );
}
