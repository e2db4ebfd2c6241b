"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { InputField } from "@/components/ui/field";
import { updateMonthlyBudget } from "@/lib/billing/actions";
import { BUDGET_BOUNDS } from "@/lib/billing/bounds";
import { formatCents } from "@/lib/billing/money";
import { OneFieldForm } from "./one-field-form";

function savedMessage({ monthlyBudgetCents, alertedPercent }: { monthlyBudgetCents: number | null; alertedPercent: number | null }): string {
  if (monthlyBudgetCents === null) return "Budget turned off: no more spend alerts.";
  const set = `Budget set to ${formatCents(monthlyBudgetCents)} a month.`;
  return alertedPercent ? `${set} This month's spend has already reached ${alertedPercent}% of it, and the billing recipients were told.` : set;
}

export function BudgetForm({ slug, budgetCents }: { slug: string; budgetCents: number | null }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const initial = budgetCents === null ? "" : (budgetCents / 100).toFixed(2);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/billing/schemas").then((m) => m.budgetSchema), { budget: initial });
  const onSubmit = submitWith(
    () => {
      setSaved(null);
      return updateMonthlyBudget(slug, form.getValues());
    },
    (data) => {
      setSaved(savedMessage(data));
      form.reset({ budget: data.monthlyBudgetCents === null ? "" : (data.monthlyBudgetCents / 100).toFixed(2) });
      router.refresh();
    },
  );
  return (
    <OneFieldForm onSubmit={onSubmit} submitting={form.formState.isSubmitting} submit="Save budget" busy="Saving…" formError={formError} saved={saved}>
      <InputField
        label="Budget in dollars per month"
        inputMode="decimal"
        hint={`Between ${formatCents(BUDGET_BOUNDS.minCents)} and ${formatCents(BUDGET_BOUNDS.maxCents)}; leave it empty for no alerts.`}
        error={errors.budget?.message}
        {...fieldProps(form, "budget")}
      />
    </OneFieldForm>
  );
}
