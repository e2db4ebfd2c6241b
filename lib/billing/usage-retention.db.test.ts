import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { spendByKind, totalSpendCents } from "./reports";
import { DEFAULT_USAGE_RETENTION_DAYS, pruneUsageRecords, retentionDaysArg } from "./usage-retention";

const HOUR = 3_600_000;
// Long ago, so that the cutoff reaches no other test's records.
const now = new Date("2001-11-28T12:00:00Z");
const hourlyRecords = (teamId: string, from: Date, hours: number) =>
  Array.from({ length: hours }, (_, i) => {
    const startedAt = new Date(from.getTime() + i * HOUR);
    return { teamId, userId: "ann", resourceId: "pod-1", resourceKind: "pod", resourceName: "pod-1", startedAt, endedAt: new Date(startedAt.getTime() + HOUR), cents: 7 };
  });

describe("pruning raw usage", () => {
  it("deletes records that ended before the cutoff, in batches, and leaves every report as it was", async () => {
    const team = randomUUID();
    // 26 hours, the last ending exactly 10 days before now, then 5 hours of the last day.
    await db.usageRecord.createMany({ data: hourlyRecords(team, new Date(now.getTime() - 10 * 86_400_000 - 26 * HOUR), 26) });
    await db.usageRecord.createMany({ data: hourlyRecords(team, new Date(now.getTime() - 5 * HOUR), 5) });
    const [from, to] = [new Date("2001-11-01T00:00:00Z"), new Date("2001-12-01T00:00:00Z")];
    const before = { total: await totalSpendCents(db, team, from, to), byKind: await spendByKind(db, team, from, to) };
    expect(before.total).toBe(31 * 7);

    expect(await pruneUsageRecords(db, 10, now, 4)).toBe(25);
    const left = await db.usageRecord.findMany({ where: { teamId: team }, orderBy: { startedAt: "asc" }, select: { endedAt: true } });
    expect(left.map((r) => r.endedAt.getTime() - now.getTime())).toEqual([-10 * 86_400_000, ...[-4, -3, -2, -1, 0].map((h) => h * HOUR)]);
    expect({ total: await totalSpendCents(db, team, from, to), byKind: await spendByKind(db, team, from, to) }).toEqual(before);

    expect(await pruneUsageRecords(db, 10, now)).toBe(0);
  });

  it("reads the retention from the command line, refusing anything but whole days", () => {
    expect(retentionDaysArg([])).toBe(DEFAULT_USAGE_RETENTION_DAYS);
    expect(retentionDaysArg(["--days", "90"])).toBe(90);
    for (const bad of [["--days"], ["--days", "0"], ["--days", "-3"], ["--days", "1.5"], ["--days", "1e2"], ["--days", "90", "extra"], ["90"]]) expect(retentionDaysArg(bad)).toBeNull();
  });
});
