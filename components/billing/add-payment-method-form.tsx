"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { InputField } from "@/components/ui/field";
import { addPaymentMethod } from "@/lib/billing/actions";
import type { PaymentMethodInput } from "@/lib/billing/schemas";
import { fieldProps } from "@/components/forms/field-props";
import { formatCents } from "@/lib/billing/money";
import { countOf } from "@/lib/text/count";

const EMPTY: PaymentMethodInput = { cardNumber: "", expiry: "", billingName: "", addressLine: "", city: "", postalCode: "", country: "" };

export function AddPaymentMethodForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [added, setAdded] = useState<string | null>(null);
  const { form, formError, submitWith, errors } = useActionForm(() => import("@/lib/billing/schemas").then((m) => m.paymentMethodSchema), EMPTY);
  const onSubmit = submitWith(
    (v) => {
      setAdded(null);
      return addPaymentMethod(slug, v);
    },
    ({ paid }) => {
      setAdded(paid.count ? `Card added. It paid ${countOf(paid.count, "open invoice")} (${formatCents(paid.cents)}).` : "Card added.");
      form.reset(EMPTY);
      router.refresh();
    },
  );
  return (
    <form noValidate onSubmit={onSubmit}>
      <Card
        title="Add a card"
        description="The card number goes to the payment provider; Roster keeps only the brand, the last 4 digits and the expiry."
        footer={
          <>
            <p className="text-sm text-zinc-600">The first card becomes the default.</p>
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? "Adding…" : "Add card"}
            </Button>
          </>
        }
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <InputField label="Name on card" autoComplete="cc-name" error={errors.billingName?.message} {...fieldProps(form, "billingName")} />
          </div>
          <InputField label="Card number" inputMode="numeric" autoComplete="cc-number" error={errors.cardNumber?.message} {...fieldProps(form, "cardNumber")} />
          <InputField label="Expiry (MM/YY)" placeholder="MM/YY" autoComplete="cc-exp" error={errors.expiry?.message} {...fieldProps(form, "expiry")} />
          <div className="sm:col-span-2">
            <InputField label="Street address" autoComplete="address-line1" error={errors.addressLine?.message} {...fieldProps(form, "addressLine")} />
          </div>
          <InputField label="City" autoComplete="address-level2" error={errors.city?.message} {...fieldProps(form, "city")} />
          <InputField label="Postal code" autoComplete="postal-code" error={errors.postalCode?.message} {...fieldProps(form, "postalCode")} />
          <InputField label="Country code" placeholder="US" maxLength={2} autoComplete="country" error={errors.country?.message} {...fieldProps(form, "country")} />
        </div>
        {formError && <Alert tone="error">{formError}</Alert>}
        {added && <Alert tone="success">{added}</Alert>}
      </Card>
    </form>
  );
}
