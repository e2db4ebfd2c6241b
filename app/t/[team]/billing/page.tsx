import { DailySpendChart } from "@/components/billing/daily-spend-chart";
import { OpenInvoicesNotice } from "@/components/billing/open-invoices-notice";
import { SpendLimitForm } from "@/components/billing/spend-limit-form";
import { Stat } from "@/components/ui/stat";
import { Card } from "@/components/ui/card";
import { requireBillingReader } from "@/lib/billing/access";
import { formatCents } from "@/lib/billing/money";
import { issueDueInvoices } from "@/lib/billing/invoices";
import { billingOverview } from "@/lib/billing/overview";
import { monthLabel } from "@/lib/billing/period";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { countOf } from "@/lib/text/count";

export const metadata = { title: "Billing" };

export default async function BillingOverviewPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireBillingReader((await params).team);
  const now = new Date();
  await issueDueInvoices(db, member.team.id, now);
  const overview = await billingOverview(db, member.team.id, now);
  const over = overview.burnRateCents > overview.limitCents;
  const open = overview.openInvoices;
  return (
    <div className="space-y-6">
      {open.count > 0 && (
        <OpenInvoicesNotice slug={member.team.slug} mayManage={can(member, "billing.manage")}>
          {countOf(open.count, "open invoice")} ({formatCents(open.cents)}) {open.count === 1 ? "is" : "are"} paid as soon as the team has a default card.
        </OpenInvoicesNotice>
      )}
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Balance due" value={formatCents(overview.balanceDueCents)} hint="Open invoices and usage not yet invoiced, less credit" testId="balance-due" />
        <Stat label="Credit" value={formatCents(overview.creditCents)} hint="Prepaid; pays invoices first" />
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
        {can(member, "billing.manage") ? (
          <SpendLimitForm slug={member.team.slug} limitCents={overview.limitCents} />
        ) : (
          <p className="text-sm text-zinc-600">Your role ({member.roleName}) can see billing but not change it.</p>
        )}
      </Card>
    </div>
  );
}
