"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { InputField } from "@/components/ui/field";
import { addCredit } from "@/lib/billing/actions";
import { CREDIT_BOUNDS } from "@/lib/billing/bounds";
import { formatCents } from "@/lib/billing/money";
import { OneFieldForm } from "./one-field-form";

/** Buys prepaid credit with the default card (`card`, as "Visa •••• 4242"), which is charged at once. */
export function CreditForm({ slug, card }: { slug: string; card: string }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/billing/schemas").then((m) => m.creditSchema), { amount: "" });
  const onSubmit = submitWith(
    () => {
      setSaved(null);
      return addCredit(slug, form.getValues());
    },
    (data) => {
      setSaved(`${formatCents(data.amountCents)} of credit added, charged to ${card}. The team's credit is now ${formatCents(data.balanceCents)}.`);
      form.reset({ amount: "" });
      router.refresh();
    },
  );
  return (
    <OneFieldForm onSubmit={onSubmit} submitting={form.formState.isSubmitting} submit="Add credit" busy="Charging…" formError={formError} saved={saved}>
      <InputField
        label="Amount in dollars"
        inputMode="decimal"
        hint={`Between ${formatCents(CREDIT_BOUNDS.minCents)} and ${formatCents(CREDIT_BOUNDS.maxCents)}, charged now to ${card}.`}
        error={errors.amount?.message}
        {...fieldProps(form, "amount")}
      />
    </OneFieldForm>
  );
}
