"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { InputField } from "@/components/ui/field";
import { updateInvoiceEmail } from "@/lib/billing/actions";
import { OneFieldForm } from "./one-field-form";

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
    <OneFieldForm onSubmit={onSubmit} submitting={form.formState.isSubmitting} submit="Save address" busy="Saving…" formError={formError} saved={saved}>
      <InputField
        label="Invoice email"
        type="email"
        autoComplete="email"
        placeholder="accounts@example.com"
        hint="Leave it empty to mail them to everyone who may manage billing."
        error={errors.invoiceEmail?.message}
        {...fieldProps(form, "invoiceEmail")}
      />
    </OneFieldForm>
  );
}
