import { describe, expect, it } from "vitest";
import { GET as downloadInvoice } from "@/app/t/[team]/billing/invoices/[invoice]/download/route";
import { GET as exportUsage } from "@/app/t/[team]/billing/usage/export/route";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, can, permissionsOf } from "@/lib/permissions";
import { actAs } from "@/lib/test/acting-user";
import { createTeamWithEveryRole, createUser, type TeamFixture } from "@/lib/test/fixtures";
import { usagePeriodFrom, usageReport } from "./analytics";
import { seedDemoBilling } from "./demo";
import { generateDueInvoices } from "./invoices";

async function teamWithUsage(): Promise<TeamFixture> {
  const team = await createTeamWithEveryRole();
  const row = (userId: string, kind: string, startedAt: string, minutes: number, cents: number) => {
    const start = new Date(startedAt);
    return { teamId: team.id, userId, resourceId: `${userId}-${kind}`, resourceKind: kind, resourceName: kind, startedAt: start, endedAt: new Date(start.getTime() + minutes * 60_000), cents };
  };
  await db.usageRecord.createMany({
    data: [
      row(team.users.developer.id, "pod", "2026-10-30T23:00:00Z", 60, 249),
      row(team.users.developer.id, "pod", "2026-10-31T23:00:00Z", 60, 249),
      row(team.users.developer.id, "volume", "2026-10-31T10:00:00Z", 30, 4),
      row(team.users.basic.id, "endpoint", "2026-10-31T12:00:00Z", 60, 40),
      row(team.users.basic.id, "endpoint", "2026-11-01T00:00:00Z", 60, 40),
    ],
  });
  return team;
}

const period = (from: string, to: string) => usagePeriodFrom({ from, to }, new Date()).period;

describe("usage report", () => {
  it("sums cost and resource-hours per member and kind over whole UTC days", async () => {
    const team = await teamWithUsage();
    const report = await usageReport(db, team.id, period("2026-10-31", "2026-10-31"));
    expect(report.kinds).toEqual(["endpoint", "pod", "volume"]);
    expect(report.members.map((m) => [m.userId, m.total, m.byKind])).toEqual([
      [team.users.developer.id, { cents: 253, ms: 90 * 60_000 }, { pod: { cents: 249, ms: 3_600_000 }, volume: { cents: 4, ms: 1_800_000 } }],
      [team.users.basic.id, { cents: 40, ms: 3_600_000 }, { endpoint: { cents: 40, ms: 3_600_000 } }],
    ]);
    expect(report.total).toEqual({ cents: 293, ms: 150 * 60_000 });
  });

  it("falls back to this month and reports bad periods per field", () => {
    const now = new Date("2026-11-20T15:00:00Z");
    expect(usagePeriodFrom({}, now).period.input).toEqual({ from: "2026-11-01", to: "2026-11-20" });
    expect(usagePeriodFrom({ from: "2026-11-10", to: "2026-11-01" }, now).errors).toEqual({ to: "The last day must not be before the first" });
    expect(usagePeriodFrom({ from: "soon", to: "2026-11-01" }, now).errors).toEqual({ from: "Enter the first date as YYYY-MM-DD" });
  });
});

describe("usage CSV export, for every built-in role", () => {
  for (const role of BUILT_IN_ROLE_KEYS) {
    const allowed = can({ userId: "x", permissions: new Set(permissionsOf(role)) }, "billing.read");
    it(`${role} ${allowed ? "downloads the CSV" : "gets 403"}`, async () => {
      const team = await teamWithUsage();
      actAs(team.users[role]);
      const response = await exportUsage(new Request(`http://x/t/${team.slug}/billing/usage/export?from=2026-10-01&to=2026-10-31`), { params: Promise.resolve({ team: team.slug }) });
      if (!allowed) return expect(response.status).toBe(403);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const lines = (await response.text()).trim().split("\n");
      expect(lines[0]).toBe("period_start,period_end,member,email,resource_kind,resource_hours,cost_usd,cost_cents");
      expect(lines.slice(1)).toEqual([
        `2026-10-01,2026-10-31,${team.users.developer.name},${team.users.developer.email},Pods,2,4.98,498`,
        `2026-10-01,2026-10-31,${team.users.developer.name},${team.users.developer.email},Network volumes,0.5,0.04,4`,
        `2026-10-01,2026-10-31,${team.users.basic.name},${team.users.basic.email},Serverless endpoints,1,0.40,40`,
      ]);
    });
  }

  it("refuses non-members, signed-out callers and bad periods", async () => {
    const team = await teamWithUsage();
    const call = (query = "") => exportUsage(new Request(`http://x/export${query}`), { params: Promise.resolve({ team: team.slug }) });
    actAs(await createUser("outsider"));
    expect((await call()).status).toBe(404);
    actAs(null);
    expect((await call()).status).toBe(401);
    actAs(team.users.billing_viewer);
    expect((await call("?from=2026-10-05&to=2026-10-01")).status).toBe(400);
  });
});

describe("invoice download, for every built-in role", () => {
  for (const role of BUILT_IN_ROLE_KEYS) {
    const allowed = can({ userId: "x", permissions: new Set(permissionsOf(role)) }, "billing.read");
    it(`${role} ${allowed ? "gets the printable invoice and the PDF" : "gets 403"}`, async () => {
      const team = await teamWithUsage();
      await db.$transaction((tx) => generateDueInvoices(tx, team.id, new Date("2026-11-02T00:00:00Z"), async () => {}), { timeout: 20_000 });
      const invoice = await db.invoice.findFirstOrThrow({ where: { teamId: team.id } });
      const download = (query = "") => downloadInvoice(new Request(`http://x/download${query}`), { params: Promise.resolve({ team: team.slug, invoice: invoice.id }) });
      actAs(team.users[role]);
      const html = await download();
      if (!allowed) return expect(html.status).toBe(403);
      const text = await html.text();
      for (const expected of ["October 2026", "Pods (1 resource)", "$4.98", "$5.42"]) expect(text).toContain(expected);
      const pdf = await download("?format=pdf");
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(pdf.headers.get("content-disposition")).toBe(`attachment; filename="${invoice.number}.pdf"`);
      const body = Buffer.from(await pdf.arrayBuffer()).toString("latin1");
      expect(body.startsWith("%PDF-1.4")).toBe(true);
      expect(body).toContain("(Pods \\(1 resource\\)) Tj");
      expect(body).toContain("($5.42) Tj");
    });
  }
});

describe("seedDemoBilling", () => {
  it("creates about 60 days of usage for the members who run resources, and one default card", async () => {
    const team = await createTeamWithEveryRole();
    await db.$transaction((tx) => seedDemoBilling(tx, team.id, team.users), { timeout: 20_000 });
    const users = await db.usageRecord.groupBy({ by: ["userId"], where: { teamId: team.id } });
    const billingOnly = [team.users.billing.id, team.users.billing_viewer.id, team.users.viewer.id];
    expect(users.length).toBeGreaterThan(1);
    for (const u of users) expect(billingOnly).not.toContain(u.userId);
    const oldest = await db.usageRecord.findFirstOrThrow({ where: { teamId: team.id }, orderBy: { startedAt: "asc" } });
    expect(Date.now() - oldest.startedAt.getTime()).toBeGreaterThan(59 * 86_400_000);
    expect(await db.paymentMethod.findMany({ where: { teamId: team.id } })).toMatchObject([{ brand: "Visa", last4: "4242", isDefault: true }]);
  });
});
