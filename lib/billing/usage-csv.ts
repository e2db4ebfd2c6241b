import { csvLine } from "@/lib/csv/cell";
import type { UsagePeriod, UsageReport } from "./analytics";
import { kindLabel } from "./kinds";
import { centsToDecimal } from "./money";
import { msToHours } from "./period";

const HEADER = ["period_start", "period_end", "member", "email", "resource_kind", "resource_hours", "cost_usd", "cost_cents"];

/** One CSV line per member and resource kind; values that could be read as formulas are quoted and prefixed. */
export function* usageCsvLines(report: UsageReport, period: UsagePeriod): Generator<string> {
  yield csvLine(HEADER);
  for (const member of report.members) {
    for (const kind of report.kinds) {
      const spend = member.byKind[kind];
      if (!spend) continue;
      yield csvLine([period.input.from, period.input.to, member.name, member.email ?? "", kindLabel(kind), String(msToHours(spend.ms)), centsToDecimal(spend.cents), String(spend.cents)]);
    }
  }
}
