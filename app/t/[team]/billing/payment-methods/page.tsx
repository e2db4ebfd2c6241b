import { AddPaymentMethodForm } from "@/components/billing/add-payment-method-form";
import { PaymentMethodActions } from "@/components/billing/payment-method-actions";
import { Card } from "@/components/ui/card";
import { requireBillingReader } from "@/lib/billing/access";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";

export const metadata = { title: "Payment methods" };

export default async function PaymentMethodsPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireBillingReader((await params).team);
  const manage = can(member, "billing.manage");
  const methods = await db.paymentMethod.findMany({ where: { teamId: member.team.id }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  return (
    <div className="space-y-6">
      <Card title="Payment methods" description="Invoices are paid from credit first, then charged to the default card.">
        {methods.length ? (
          <ul className="divide-y divide-zinc-100">
            {methods.map((m) => {
              const label = `${m.brand} ending in ${m.last4}`;
              return (
                <li key={m.id} className="flex flex-wrap items-center justify-between gap-4 py-3" data-testid="payment-method">
                  <div className="text-sm">
                    <p className="font-medium">
                      {label}
                      {m.isDefault && <span className="ml-2 rounded-full bg-zinc-900 px-2 py-0.5 text-xs font-medium text-white">Default</span>}
                    </p>
                    <p className="text-zinc-600">
                      Expires {String(m.expMonth).padStart(2, "0")}/{m.expYear} · {m.billingName}, {m.addressLine}, {m.postalCode} {m.city}, {m.country}
                    </p>
                  </div>
                  {manage && <PaymentMethodActions slug={member.team.slug} id={m.id} label={label} isDefault={m.isDefault} />}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-zinc-600">No payment method yet. Until one is added, invoices not covered by credit stay open.</p>
        )}
        {!manage && <p className="text-sm text-zinc-600">Your role ({member.roleName}) can see payment methods but not change them.</p>}
      </Card>
      {manage && <AddPaymentMethodForm slug={member.team.slug} />}
    </div>
  );
}
