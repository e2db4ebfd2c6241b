"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { InputField } from "@/components/ui/field";
import { updateSpendLimit } from "@/lib/billing/actions";
import { formatCents } from "@/lib/billing/money";
import { SPEND_LIMIT_BOUNDS } from "@/lib/billing/bounds";
import { fieldProps } from "@/components/forms/field-props";
import { OneFieldForm } from "./one-field-form";

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
    <OneFieldForm onSubmit={onSubmit} submitting={form.formState.isSubmitting} submit="Save limit" busy="Saving…" formError={formError} saved={saved !== null && <>Spend limit set to {formatCents(saved)} per hour.</>} width="w-64">
      <InputField
        label="Limit in dollars per hour"
        inputMode="decimal"
        hint={`Between ${formatCents(SPEND_LIMIT_BOUNDS.minCents)} and ${formatCents(SPEND_LIMIT_BOUNDS.maxCents)}.`}
        error={errors.limit?.message}
        {...fieldProps(form, "limit")}
      />
    </OneFieldForm>
  );
}
