"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Dialog } from "@/components/ui/dialog";
import { FieldShell, InputField } from "@/components/ui/field";
import {
  connectResourceAction,
  deleteResourceAction,
  invokeEndpointAction,
  resizeVolumeAction,
  startResourceAction,
  stopResourceAction,
} from "@/lib/resources/actions";
import { DialogActions } from "@/components/ui/dialog-actions";
import { fieldProps } from "@/components/forms/field-props";

type Resource = { id: string; name: string; kind: string; status: string; sizeGb?: number };
type Open = null | "delete" | "connect" | "resize" | "invoke";

export function ResourceActions({ slug, resource, allowed }: { slug: string; resource: Resource; allowed: { manage: boolean; delete: boolean } }) {
  const [open, setOpen] = useState<Open>(null);
  const [connection, setConnection] = useState<{ command: string } | null>(null);
  const runner = useActionRunner();
  const startStop = resource.kind === "pod" || resource.kind === "cluster";
  const id = { resourceId: resource.id };
  const label = (verb: string) => `${verb} ${resource.name}`;

  return (
    <div className="flex flex-wrap items-center justify-end gap-1">
      {runner.error && (
        <span role="alert" className="max-w-72 text-xs text-red-700">
          {runner.error}
        </span>
      )}
      {allowed.manage && startStop && resource.status !== "running" && (
        <Button variant="ghost" aria-label={label("Start")} disabled={runner.pending} onClick={() => runner.run(() => startResourceAction(slug, id))}>
          Start
        </Button>
      )}
      {allowed.manage && startStop && resource.status === "running" && (
        <>
          <Button variant="ghost" aria-label={label("Stop")} disabled={runner.pending} onClick={() => runner.run(() => stopResourceAction(slug, id))}>
            Stop
          </Button>
          <Button
            variant="ghost"
            aria-label={label("Connect to")}
            disabled={runner.pending}
            onClick={() => runner.run(() => connectResourceAction(slug, id), (details) => (setConnection(details), setOpen("connect"), undefined))}
          >
            Connect
          </Button>
        </>
      )}
      {allowed.manage && resource.kind === "volume" && (
        <Button variant="ghost" aria-label={label("Resize")} onClick={() => setOpen("resize")}>
          Resize
        </Button>
      )}
      {allowed.manage && resource.kind === "endpoint" && (
        <Button variant="ghost" aria-label={label("Send a test request to")} onClick={() => setOpen("invoke")}>
          Test request
        </Button>
      )}
      {allowed.delete && (
        <Button variant="ghost-danger" aria-label={label("Delete")} onClick={() => setOpen("delete")}>
          Delete
        </Button>
      )}
      {open === "connect" && connection && (
        <Dialog open onOpenChange={() => setOpen(null)} title={`Connect to ${resource.name}`} description="Use your SSH key registered with the platform.">
          <CopyField label="SSH command" value={connection.command} />
        </Dialog>
      )}
      {open === "delete" && (
        <Dialog open onOpenChange={() => setOpen(null)} title={`Delete ${resource.name}?`} description="This cannot be undone. Usage up to now is billed.">
          {runner.error && <Alert tone="error">{runner.error}</Alert>}
          <div className="mt-4 flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(null)}>
              Cancel
            </Button>
            <Button variant="danger" disabled={runner.pending} onClick={() => runner.run(() => deleteResourceAction(slug, id), () => setOpen(null))}>
              Delete
            </Button>
          </div>
        </Dialog>
      )}
      {open === "resize" && <ResizeDialog slug={slug} resource={resource} onClose={() => setOpen(null)} />}
      {open === "invoke" && <InvokeDialog slug={slug} resource={resource} onClose={() => setOpen(null)} />}
    </div>
  );
}

function ResizeDialog({ slug, resource, onClose }: { slug: string; resource: Resource; onClose: () => void }) {
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/resources/schemas").then((m) => m.resizeVolumeSchema), { resourceId: resource.id, sizeGb: (resource.sizeGb ?? 10) + 10 });
  const onSubmit = submitWith((v) => resizeVolumeAction(slug, v), () => onClose());
  return (
    <Dialog open onOpenChange={onClose} title={`Resize ${resource.name}`} description={`Currently ${resource.sizeGb} GB. Volumes can only grow.`}>
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        <InputField label="New size (GB)" type="number" error={errors.sizeGb?.message} {...fieldProps(form, "sizeGb")} />
        {formError && <Alert tone="error">{formError}</Alert>}
        <DialogActions onCancel={onClose}>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Resize
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

function InvokeDialog({ slug, resource, onClose }: { slug: string; resource: Resource; onClose: () => void }) {
  const [response, setResponse] = useState<string | null>(null);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/resources/schemas").then((m) => m.invokeEndpointSchema), { resourceId: resource.id, payload: '{\n  "input": { "prompt": "Hello" }\n}' });
  const onSubmit = submitWith((v) => invokeEndpointAction(slug, v), (data) => setResponse(JSON.stringify(data, null, 2)));
  return (
    <Dialog open onOpenChange={onClose} title={`Test ${resource.name}`} description="Sends one request to the endpoint. Each request is billed." wide>
      <form noValidate onSubmit={onSubmit} className="space-y-4">
        <FieldShell label="Request body (JSON)" error={errors.payload?.message}>
          {({ id, describedBy }) => <textarea id={id} aria-describedby={describedBy} rows={6} className="block w-full rounded-md border border-zinc-300 p-2 font-mono text-xs" {...fieldProps(form, "payload")} />}
        </FieldShell>
        {formError && <Alert tone="error">{formError}</Alert>}
        {response && (
          <pre aria-label="Response" className="max-h-60 overflow-auto rounded-md bg-zinc-900 p-3 text-xs text-zinc-100">
            {response}
          </pre>
        )}
        <DialogActions onCancel={onClose} cancelLabel="Close">
          <Button type="submit" disabled={form.formState.isSubmitting}>
            Send request
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
