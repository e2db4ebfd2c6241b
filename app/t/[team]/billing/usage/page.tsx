import { redirect } from "next/navigation";
import { BarList } from "@/components/billing/bar-list";
import { UsagePeriodForm } from "@/components/billing/usage-period-form";
import { UsageTable } from "@/components/billing/usage-table";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireBillingReader } from "@/lib/billing/access";
import { TOP_MEMBERS, topSpenders, USAGE_PAGE_SIZE, usagePeriodFrom, usageReport } from "@/lib/billing/analytics";
import { kindLabel } from "@/lib/billing/kinds";
import { formatCents } from "@/lib/billing/money";
import { msToHours } from "@/lib/billing/period";
import { db } from "@/lib/db/client";
import { pageCount, pageNumberFrom } from "@/lib/validation/page-number";

export const metadata = { title: "Usage" };

type Search = { from?: string | string[]; to?: string | string[]; page?: string | string[] };
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function UsagePage({ params, searchParams }: { params: Promise<{ team: string }>; searchParams: Promise<Search> }) {
  const member = await requireBillingReader((await params).team);
  const search = await searchParams;
  const asked = { from: single(search.from), to: single(search.to) };
  const { period, errors } = usagePeriodFrom(asked, new Date());
  const page = pageNumberFrom(search.page);
  const [report, top] = await Promise.all([usageReport(db, member.team.id, period, page), page > 1 ? topSpenders(db, member.team.id, period) : null]);
  const pages = pageCount(report.memberCount, USAGE_PAGE_SIZE);
  const query = new URLSearchParams(period.input).toString();
  const basePath = `/t/${member.team.slug}/billing/usage`;
  if (page > pages) redirect(`${basePath}?${query}&page=${pages}`);
  const topBars = top ?? report.members.slice(0, TOP_MEMBERS).map((m) => ({ name: m.name, cents: m.total.cents }));
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
            <a href={`${basePath}/export?${query}`} className={buttonClass("secondary")} download>
              Export CSV
            </a>
          </>
        }
      >
        <UsagePeriodForm from={errors.from ? (asked.from ?? "") : period.input.from} to={errors.to ? (asked.to ?? "") : period.input.to} errors={errors} />
        {report.members.length ? <UsageTable report={report} /> : <p className="text-sm text-zinc-600">No usage in this period.</p>}
        {pages > 1 && <Pagination basePath={basePath} params={period.input} page={page} pages={pages} total={report.memberCount} noun={{ one: "member", many: "members" }} />}
      </Card>
      {report.members.length > 0 && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title={report.memberCount > TOP_MEMBERS ? `Top ${TOP_MEMBERS} members by cost` : "Cost per member"}>
            <BarList label="Cost per member" bars={topBars.map((m) => ({ label: m.name, value: m.cents, display: formatCents(m.cents) }))} />
          </Card>
          <Card title="Cost per resource kind">
            <BarList label="Cost per resource kind" bars={report.kinds.map((k) => ({ label: kindLabel(k), value: report.byKind[k].cents, display: formatCents(report.byKind[k].cents) }))} />
          </Card>
        </div>
      )}
    </div>
  );
}
