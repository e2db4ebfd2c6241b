"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField } from "@/components/ui/field";
import { updateAuditRetention } from "@/lib/audit/actions";
import { fieldProps } from "@/components/forms/field-props";

export function RetentionForm({ slug, retentionDays }: { slug: string; retentionDays: number | null }) {
  const [saved, setSaved] = useState<string | null>(null);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/audit/schemas").then((m) => m.auditRetentionSchema), { retentionDays: retentionDays?.toString() ?? "" });
  const onSubmit = submitWith(
    () => {
      setSaved(null);
      return updateAuditRetention(slug, form.getValues());
    },
    (data) => setSaved(data.retentionDays === null ? "Events are kept forever." : `Events older than ${data.retentionDays} days will be deleted.`),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="mt-8">
      <Card
        title="Retention"
        description="How long audit events are kept. Expired events are deleted once a day; the log stays verifiable from the first remaining event."
        footer={
          <>
            <p className="text-sm text-zinc-600">Changes are recorded in the audit log.</p>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? "Saving…" : "Save retention"}
            </Button>
          </>
        }
      >
        <InputField
          label="Keep events for (days)"
          inputMode="numeric"
          hint="Leave empty to keep events forever."
          error={errors.retentionDays?.message}
          className="max-w-40"
          {...fieldProps(form, "retentionDays")}
        />
        {formError && <Alert tone="error">{formError}</Alert>}
        {saved && <Alert tone="success">Retention saved. {saved}</Alert>}
      </Card>
    </form>
  );
}
