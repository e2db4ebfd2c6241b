import { BarList } from "@/components/billing/bar-list";
import { UsagePeriodForm } from "@/components/billing/usage-period-form";
import { UsageTable } from "@/components/billing/usage-table";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireBillingReader } from "@/lib/billing/access";
import { usagePeriodFrom, usageReport } from "@/lib/billing/analytics";
import { kindLabel } from "@/lib/billing/kinds";
import { formatCents } from "@/lib/billing/money";
import { msToHours } from "@/lib/billing/period";
import { db } from "@/lib/db/client";

export const metadata = { title: "Usage" };

type Search = { from?: string | string[]; to?: string | string[] };
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function UsagePage({ params, searchParams }: { params: Promise<{ team: string }>; searchParams: Promise<Search> }) {
  const member = await requireBillingReader((await params).team);
  const search = await searchParams;
  const asked = { from: single(search.from), to: single(search.to) };
  const { period, errors } = usagePeriodFrom(asked, new Date());
  const report = await usageReport(db, member.team.id, period);
  const query = new URLSearchParams(period.input).toString();
  return (
    <div className="space-y-6">
      <Card
        title="Usage by member"
        description="Cost and resource-hours of the resources each member created, for whole UTC days."
        footer={
          <>
            <p className="text-sm text-zinc-600">
              {period.input.from} to {period.input.to}: <strong>{formatCents(report.total.cents)}</strong>, {msToHours(report.total.ms).toFixed(2)} resource-hours
            </p>
            <a href={`/t/${member.team.slug}/billing/usage/export?${query}`} className={buttonClass("secondary")} download>
              Export CSV
            </a>
          </>
        }
      >
        <UsagePeriodForm from={errors.from ? (asked.from ?? "") : period.input.from} to={errors.to ? (asked.to ?? "") : period.input.to} errors={errors} />
        {report.members.length ? <UsageTable report={report} /> : <p className="text-sm text-zinc-600">No usage in this period.</p>}
      </Card>
      {report.members.length > 0 && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Cost per member">
            <BarList label="Cost per member" bars={report.members.map((m) => ({ label: m.name, value: m.total.cents, display: formatCents(m.total.cents) }))} />
          </Card>
          <Card title="Cost per resource kind">
            <BarList label="Cost per resource kind" bars={report.kinds.map((k) => ({ label: kindLabel(k), value: report.byKind[k].cents, display: formatCents(report.byKind[k].cents) }))} />
          </Card>
        </div>
      )}
    </div>
  );
}
