"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fieldProps } from "@/components/forms/field-props";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { updateMonthlyBudget } from "@/lib/billing/actions";
import { BUDGET_BOUNDS } from "@/lib/billing/bounds";
import { formatCents } from "@/lib/billing/money";

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
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <div className="w-80">
          <InputField
            label="Budget in dollars per month"
            inputMode="decimal"
            hint={`Between ${formatCents(BUDGET_BOUNDS.minCents)} and ${formatCents(BUDGET_BOUNDS.maxCents)}; leave it empty for no alerts.`}
            error={errors.budget?.message}
            {...fieldProps(form, "budget")}
          />
        </div>
        <Button type="submit" className="mt-7" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Save budget"}
        </Button>
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved && <Alert tone="success">{saved}</Alert>}
    </form>
  );
}
