import { DailySpendChart } from "@/components/billing/daily-spend-chart";
import { BudgetForm } from "@/components/billing/budget-form";
import { CreditForm } from "@/components/billing/credit-form";
import { InvoiceEmailForm } from "@/components/billing/invoice-email-form";
import { OpenInvoicesNotice } from "@/components/billing/open-invoices-notice";
import { SpendLimitForm } from "@/components/billing/spend-limit-form";
import { Stat } from "@/components/ui/stat";
import { Card } from "@/components/ui/card";
import { requireBillingReader } from "@/lib/billing/access";
import { BUDGET_ALERT_PERCENTS, percentOfBudget } from "@/lib/billing/bounds";
import { cardLabel } from "@/lib/billing/card";
import { formatCents } from "@/lib/billing/money";
import { issueDueInvoices } from "@/lib/billing/invoices";
import { billingOverview } from "@/lib/billing/overview";
import { monthLabel } from "@/lib/billing/period";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { countOf } from "@/lib/text/count";
import Link from "next/link";

export const metadata = { title: "Billing" };

export default async function BillingOverviewPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireBillingReader((await params).team);
  const now = new Date();
  await issueDueInvoices(db, member.team.id, now);
  const overview = await billingOverview(db, member.team.id, now);
  const over = overview.burnRateCents > overview.limitCents;
  const open = overview.openInvoices;
  const mayManage = can(member, "billing.manage");
  const card = mayManage ? await db.paymentMethod.findFirst({ where: { teamId: member.team.id, isDefault: true }, select: { brand: true, last4: true } }) : null;
  return (
    <div className="space-y-6">
      {open.count > 0 && (
        <OpenInvoicesNotice slug={member.team.slug} mayManage={mayManage}>
          {countOf(open.count, "open invoice")} ({formatCents(open.cents)}) {open.count === 1 ? "is" : "are"} paid as soon as the team has a default card.
        </OpenInvoicesNotice>
      )}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Balance due" value={formatCents(overview.balanceDueCents)} hint="Open invoices and usage not yet invoiced, less credit" testId="balance-due" />
        <Stat label="Credit" value={formatCents(overview.creditCents)} hint="Prepaid; pays invoices first" testId="credit" />
        <Stat label={`Spend in ${monthLabel(overview.monthStart)}`} value={formatCents(overview.monthSpendCents)} hint="So far, including running resources" testId="month-spend" />
        <Stat label="Burn rate" value={`${formatCents(overview.burnRateCents)}/h`} hint={`Running resources, of ${formatCents(overview.limitCents)}/h allowed`} testId="burn-rate" />
      </dl>
      <Card title="Daily spend" description={`${monthLabel(overview.monthStart)}, per UTC day, from recorded usage.`}>
        <DailySpendChart monthStart={overview.monthStart} daily={overview.daily} />
      </Card>
      <Card
        title="Hourly spend limit"
        description="The most all running resources together may cost per hour. Starting or creating a paid resource that would go over it is refused."
      >
        <p className="text-sm">
          Current limit: <strong data-testid="spend-limit">{formatCents(overview.limitCents)} per hour</strong>
          {over && <span className="ml-2 text-red-700">Running resources already exceed it; nothing new can start until some stop.</span>}
        </p>
        {mayManage ? (
          <SpendLimitForm slug={member.team.slug} limitCents={overview.limitCents} />
        ) : (
          <p className="text-sm text-zinc-600">Your role ({member.roleName}) can see billing but not change it.</p>
        )}
      </Card>
      <Card
        title="Monthly budget"
        description={`An email when the month's spend reaches ${BUDGET_ALERT_PERCENTS.map((p) => `${p}%`).join(", ")} of it, to the invoice email or else everyone who may manage billing. It stops nothing; the spend limit above does.`}
      >
        <p className="text-sm" data-testid="budget">
          {overview.monthlyBudgetCents === null ? (
            "No budget is set."
          ) : (
            <>
              {monthLabel(overview.monthStart)} so far: <strong>{formatCents(overview.monthSpendCents)}</strong> of {formatCents(overview.monthlyBudgetCents)} (
              {percentOfBudget(overview.monthSpendCents, overview.monthlyBudgetCents)}%).
            </>
          )}
        </p>
        {mayManage && <BudgetForm slug={member.team.slug} budgetCents={overview.monthlyBudgetCents} />}
      </Card>
      {mayManage && (
        <Card title="Prepaid credit" description="Bought with the team's default card, which is charged at once. Credit pays each invoice before any card is charged.">
          {card ? (
            <CreditForm slug={member.team.slug} card={cardLabel(card)} />
          ) : (
            <p className="text-sm">
              Credit is charged to the team&apos;s default card, and it has none.{" "}
              <Link className="font-medium underline" href={`/t/${member.team.slug}/billing/payment-methods`}>
                Add a card
              </Link>{" "}
              to buy credit.
            </p>
          )}
          <Link className="inline-block text-sm underline underline-offset-2" href={`/t/${member.team.slug}/billing/credit`}>
            Credit history
          </Link>
        </Card>
      )}
      <Card
        title="Invoice emails"
        description="Each month's invoice is mailed with its PDF, and so are the receipts for open invoices paid and credit bought: to one address, such as your accounts team, or else to everyone who may manage billing."
      >
        {mayManage ? (
          <InvoiceEmailForm slug={member.team.slug} invoiceEmail={overview.invoiceEmail} />
        ) : (
          <p className="text-sm" data-testid="invoice-email">
            {overview.invoiceEmail ? (
              <>
                Invoices go to <strong>{overview.invoiceEmail}</strong>.
              </>
            ) : (
              "Invoices go to everyone who may manage billing."
            )}
          </p>
        )}
      </Card>
    </div>
  );
}
