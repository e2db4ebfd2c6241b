import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { usagePeriodFrom, usageReport, USAGE_PAGE_SIZE } from "./analytics";
import { allTimeSpendCents, firstUsageDay, spendByDay, spendByKind, totalSpendCents } from "./reports";

const HOUR = 3_600_000;
const record = (teamId: string, userId: string, resourceId: string, kind: string, startedAt: string, minutes: number, cents: number) => {
  const start = new Date(startedAt);
  return { teamId, userId, resourceId, resourceKind: kind, resourceName: resourceId, startedAt: start, endedAt: new Date(start.getTime() + minutes * 60_000), cents };
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("usage reports over the daily rollup", () => {
  it("sum every record, however many statements wrote them, by the UTC day each started", async () => {
    const team = randomUUID();
    await db.usageRecord.createMany({
      data: [record(team, "ann", "pod-1", "pod", "2026-10-30T22:00:00Z", 60, 100), record(team, "ann", "pod-1", "pod", "2026-10-30T23:00:00Z", 60, 100)],
    });
    await db.usageRecord.create({ data: record(team, "ann", "pod-1", "pod", "2026-10-31T00:00:00Z", 30, 50) });
    // The pod passed to Bob the same day; an endpoint request has no duration.
    await db.usageRecord.createMany({
      data: [record(team, "bob", "pod-1", "pod", "2026-10-31T01:00:00Z", 60, 100), record(team, "bob", "ep-1", "endpoint", "2026-10-31T05:00:00Z", 0, 3)],
    });

    expect(await totalSpendCents(db, team, day("2026-10-30"), day("2026-10-31"))).toBe(200);
    expect(await totalSpendCents(db, team, day("2026-10-30"), day("2026-11-01"))).toBe(353);
    expect(await allTimeSpendCents(db, team)).toBe(353);
    expect(await firstUsageDay(db, team)).toEqual(day("2026-10-30"));
    expect(await spendByDay(db, team, day("2026-10-01"), day("2026-11-01"))).toEqual([
      { day: day("2026-10-30"), cents: 200 },
      { day: day("2026-10-31"), cents: 153 },
    ]);
    expect(await spendByKind(db, team, day("2026-10-01"), day("2026-11-01"))).toEqual([
      { kind: "endpoint", cents: 3, ms: 0, resources: 1 },
      { kind: "pod", cents: 350, ms: 3.5 * HOUR, resources: 1 },
    ]);
    const report = await usageReport(db, team, usagePeriodFrom({ from: "2026-10-31", to: "2026-10-31" }, new Date()).period);
    expect(report.members.map((m) => [m.userId, m.total.cents, m.byKind])).toEqual([
      ["bob", 103, { endpoint: { cents: 3, ms: 0 }, pod: { cents: 100, ms: HOUR } }],
      ["ann", 50, { pod: { cents: 50, ms: HOUR / 2 } }],
    ]);
  });

  it("have no usage before the first record", async () => {
    const team = randomUUID();
    expect(await firstUsageDay(db, team)).toBeNull();
    expect(await allTimeSpendCents(db, team)).toBe(0);
  });

  it("refuse bounds that do not start a UTC day, which the rollup cannot split", async () => {
    await expect(totalSpendCents(db, randomUUID(), new Date("2026-10-30T12:00:00Z"), day("2026-11-01"))).rejects.toThrow("does not start one");
  });
});

describe("the usage report, a page at a time", () => {
  it("ranks members by cost, then name, and counts them all", async () => {
    const team = randomUUID();
    const spenders = USAGE_PAGE_SIZE + 1;
    // Users that do not exist (an account deleted since) show as former members, so ids are enough here.
    const ids = Array.from({ length: spenders }, (_, i) => `${team}-u${String(i).padStart(3, "0")}`);
    await db.usageRecord.createMany({ data: ids.map((id, i) => record(team, id, `r-${i}`, i % 2 ? "pod" : "volume", "2026-10-10T00:00:00Z", 60, 1000 - i)) });
    const period = usagePeriodFrom({ from: "2026-10-01", to: "2026-10-31" }, new Date()).period;

    const first = await usageReport(db, team, period, 1);
    expect(first.memberCount).toBe(spenders);
    expect(first.members.map((m) => m.userId)).toEqual(ids.slice(0, USAGE_PAGE_SIZE));
    expect(first.members[0]).toMatchObject({ name: "Former member", email: null, total: { cents: 1000, ms: HOUR }, byKind: { volume: { cents: 1000, ms: HOUR } } });
    const second = await usageReport(db, team, period, 2);
    expect(second.members.map((m) => m.userId)).toEqual([ids[USAGE_PAGE_SIZE]]);
    expect(second.total).toEqual(first.total);
    expect(second.total.cents).toBe(ids.reduce((sum, _, i) => sum + 1000 - i, 0));
    expect((await usageReport(db, team, period)).members).toHaveLength(spenders);
  });
});
