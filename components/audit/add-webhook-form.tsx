"use client";

import { useState } from "react";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { InputField } from "@/components/ui/field";
import { createWebhookAction } from "@/lib/webhooks/actions";

/** Adds an endpoint, then shows its signing secret: this once. */
export function AddWebhookForm({ slug }: { slug: string }) {
  const [created, setCreated] = useState<{ url: string; secret: string } | null>(null);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/webhooks/schemas").then((m) => m.createWebhookSchema), { url: "" });
  const onSubmit = submitWith(
    (values) => (setCreated(null), createWebhookAction(slug, values)),
    (data) => {
      setCreated({ url: data.url, secret: data.secret });
      form.reset();
    },
  );
  return (
    <div className="space-y-3">
      <form noValidate onSubmit={onSubmit} className="flex flex-wrap items-start gap-3">
        <InputField label="Endpoint URL" placeholder="https://siem.example.com/roster" error={errors.url?.message} className="min-w-72 flex-1" {...fieldProps(form, "url")} />
        <Button type="submit" className="mt-6" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Adding…" : "Add endpoint"}
        </Button>
      </form>
      {formError && <Alert tone="error">{formError}</Alert>}
      {created && (
        <Alert tone="success">
          <p className="mb-2">
            {created.url} now receives the audit log, from this change on. Copy its signing secret now: it is not shown again.
          </p>
          <CopyField label="Signing secret" value={created.secret} />
        </Alert>
      )}
    </div>
  );
}
