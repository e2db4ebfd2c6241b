"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { updateSpendLimit } from "@/lib/billing/actions";
import { formatCents } from "@/lib/billing/money";
import { SPEND_LIMIT_BOUNDS } from "@/lib/billing/bounds";
import { fieldProps } from "@/components/forms/field-props";

export function SpendLimitForm({ slug, limitCents }: { slug: string; limitCents: number }) {
  const router = useRouter();
  const [saved, setSaved] = useState<number | null>(null);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/billing/schemas").then((m) => m.spendLimitSchema), { limit: (limitCents / 100).toFixed(2) });
  const onSubmit = submitWith(
    (v) => {
      setSaved(null);
      return updateSpendLimit(slug, v);
    },
    (data) => {
      setSaved(data.limitCents);
      form.reset(form.getValues());
      router.refresh();
    },
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-3">
      <div className="flex flex-wrap items-start gap-3">
        <div className="w-64">
          <InputField
            label="Limit in dollars per hour"
            inputMode="decimal"
            hint={`Between ${formatCents(SPEND_LIMIT_BOUNDS.minCents)} and ${formatCents(SPEND_LIMIT_BOUNDS.maxCents)}.`}
            error={errors.limit?.message}
            {...fieldProps(form, "limit")}
          />
        </div>
        <Button type="submit" className="mt-7" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Saving…" : "Save limit"}
        </Button>
      </div>
      {formError && <Alert tone="error">{formError}</Alert>}
      {saved !== null && <Alert tone="success">Spend limit set to {formatCents(saved)} per hour.</Alert>}
    </form>
  );
}
