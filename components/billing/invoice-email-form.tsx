"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { updateInvoiceEmail } from "@/lib/billing/actions";

export function InvoiceEmailForm({ slug, invoiceEmail }: { slug: string; invoiceEmail: string | null }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/billing/schemas").then((m) => m.invoiceEmailSchema), { invoiceEmail: invoiceEmail ?? "" });
  const onSubmit = submitWith(
    () => {
      setSaved(null);
      return updateInvoiceEmail(slug, form.getValues());
    },
    (data) => {
      setSaved(data.invoiceEmail ? `Invoices now go to ${data.invoiceEmail}. That address has been told.` : "Invoices now go to everyone who may manage billing.");
      form.reset({ invoiceEmail: data.invoiceEmail ?? "" });
      router.refresh();
    },
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <div className="w-80">
          <InputField
            label="Invoice email"
            type="email"
            autoComplete="email"
            placeholder="accounts@example.com"
            hint="Leave it empty to mail them to everyone who may manage billing."
            error={errors.invoiceEmail?.message}
            {...fieldProps(form, "invoiceEmail")}
          />
        </div>
        <Button type="submit" className="mt-7" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Save address"}
        </Button>
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && <Alert tone="success">{saved}</Alert>}
    </form>
  );
}
