import type { UsageReport } from "@/lib/billing/analytics";
import { kindLabel } from "@/lib/billing/kinds";
import { formatCents } from "@/lib/billing/money";
import { msToHours } from "@/lib/billing/period";
import { ScrollRegion } from "@/components/ui/scroll-region";

const cell = (spend: { cents: number; ms: number } | undefined) =>
  spend ? (
    <>
      <span className="block tabular-nums">{formatCents(spend.cents)}</span>
      <span className="block text-xs text-zinc-600 tabular-nums">{msToHours(spend.ms).toFixed(2)} h</span>
    </>
  ) : (
    <span className="text-zinc-400">—</span>
  );

/** Members down, resource kinds across: cost over resource-hours in each cell. */
export function UsageTable({ report }: { report: UsageReport }) {
  return (
    <ScrollRegion label="Usage by member and resource kind">
      <table className="w-full text-sm">
        <thead className="text-left text-zinc-600">
          <tr className="border-b border-zinc-200">
            <th className="py-2 pr-4 font-medium">Member</th>
            {report.kinds.map((kind) => (
              <th key={kind} className="py-2 pr-4 text-right font-medium">
                {kindLabel(kind)}
              </th>
            ))}
            <th className="py-2 text-right font-medium">Total</th>
          </tr>
        </thead>
        <tbody>
          {report.members.map((member) => (
            <tr key={member.userId} className="border-b border-zinc-100" data-testid="usage-row">
              <th scope="row" className="py-2 pr-4 text-left font-normal">
                <span className="block font-medium">{member.name}</span>
                {member.email && member.email !== member.name && <span className="block text-xs text-zinc-600">{member.email}</span>}
              </th>
              {report.kinds.map((kind) => (
                <td key={kind} className="py-2 pr-4 text-right">
                  {cell(member.byKind[kind])}
                </td>
              ))}
              <td className="py-2 text-right font-medium">{cell(member.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="py-2 pr-4 text-left font-semibold">
              All members
            </th>
            {report.kinds.map((kind) => (
              <td key={kind} className="py-2 pr-4 text-right font-semibold">
                {cell(report.byKind[kind])}
              </td>
            ))}
            <td className="py-2 text-right font-semibold">{cell(report.total)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
