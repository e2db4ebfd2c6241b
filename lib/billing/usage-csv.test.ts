import { describe, expect, it } from "vitest";
import type { UsagePeriod, UsageReport } from "./analytics";
import { usageCsvLines } from "./usage-csv";

const period: UsagePeriod = { from: new Date("2026-10-01"), to: new Date("2026-11-01"), input: { from: "2026-10-01", to: "2026-10-31" } };

describe("usage CSV", () => {
  it("quotes commas and quotes, and defuses values a spreadsheet would run as formulas", () => {
    const report: UsageReport = {
      kinds: ["pod"],
      members: [{ userId: "u", name: '=HYPERLINK("x"), Bob', email: "b@x.test", total: { cents: 1, ms: 1 }, byKind: { pod: { cents: 150, ms: 5_400_000 } } }],
      byKind: { pod: { cents: 150, ms: 5_400_000 } },
      memberCount: 1,
      total: { cents: 150, ms: 5_400_000 },
    };
    expect([...usageCsvLines(report, period)]).toEqual([
      "period_start,period_end,member,email,resource_kind,resource_hours,cost_usd,cost_cents\n",
      `2026-10-01,2026-10-31,"'=HYPERLINK(""x""), Bob",b@x.test,Pods,1.5,1.50,150\n`,
    ]);
  });
});
