import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createTeamWithEveryRole } from "@/lib/test/fixtures";
import { audit } from "./record";
import { purgeAllTeams, purgeIfDue, purgeTeamEvents } from "./retention";
import { verifyTeamChain } from "./verify";

const actor = { type: "system" as const, id: null, name: "test" };

describe("audit hash chain", () => {
  it("links every event of a team to the previous one, even when written concurrently", async () => {
    const team = await createTeamWithEveryRole();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => db.$transaction((tx) => audit(tx, { teamId: team.id, actor, action: "test.event", metadata: { i } }))),
    );
    expect(await verifyTeamChain(db, team.id, 3)).toEqual({ ok: true, checked: 10 });
  });

  it("reports the first edited event", async () => {
    const team = await createTeamWithEveryRole();
    for (let i = 0; i < 4; i++) await db.$transaction((tx) => audit(tx, { teamId: team.id, actor, action: "test.event", metadata: { i } }));
    const events = await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" } });
    await db.$executeRaw`UPDATE "AuditEvent" SET "actorName" = 'mallory' WHERE id = ${events[2].id}`;
    expect(await verifyTeamChain(db, team.id)).toEqual({ ok: false, checked: 2, brokenAt: events[2].id.toString(), reason: "content does not match its hash" });
  });

  it("reports a deleted event as a broken link", async () => {
    const team = await createTeamWithEveryRole();
    for (let i = 0; i < 3; i++) await db.$transaction((tx) => audit(tx, { teamId: team.id, actor, action: "test.event", metadata: { i } }));
    const events = await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" } });
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${events[1].id}`;
    expect(await verifyTeamChain(db, team.id)).toMatchObject({ ok: false, brokenAt: events[2].id.toString(), reason: "does not link to the previous event" });
  });

  it("is rolled back with the change it describes", async () => {
    const team = await createTeamWithEveryRole();
    await expect(
      db.$transaction(async (tx) => {
        await tx.team.update({ where: { id: team.id }, data: { name: "Should not stick" } });
        await audit(tx, { teamId: team.id, actor, action: "team.updated" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.auditEvent.count({ where: { teamId: team.id } })).toBe(0);
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe(team.name);
  });
});

describe("retention", () => {
  afterEach(() => vi.useRealTimers());

  /** A team with one event a day from 2026-01-01 to 2026-01-10, keeping 5 days. */
  async function teamWithTenDays() {
    const team = await createTeamWithEveryRole();
    vi.useFakeTimers({ toFake: ["Date"] });
    for (let day = 1; day <= 10; day++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 0, day, 12)));
      await db.$transaction((tx) => audit(tx, { teamId: team.id, actor, action: "team.updated", metadata: { day } }));
    }
    vi.useRealTimers();
    await db.team.update({ where: { id: team.id }, data: { auditRetentionDays: 5 } });
    return team;
  }
  const now = new Date(Date.UTC(2026, 0, 10, 13));
  const days = async (teamId: string) =>
    (await db.auditEvent.findMany({ where: { teamId }, orderBy: { id: "asc" } })).map((e) => (e.action === "audit.purged" ? "purged" : (e.metadata as { day: number }).day));

  it("deletes the expired prefix, records the purge and still verifies from the anchor", async () => {
    const team = await teamWithTenDays();
    const deleted = await db.$transaction((tx) => purgeTeamEvents(tx, team.id, 5, now));
    expect(deleted).toBe(5);
    expect(await days(team.id)).toEqual([6, 7, 8, 9, 10, "purged"]);
    const [first] = await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" }, take: 1 });
    const purge = await db.auditEvent.findFirstOrThrow({ where: { teamId: team.id, action: "audit.purged" } });
    expect(purge.metadata).toMatchObject({ deleted: 5, retentionDays: 5, anchor: first.prevHash, olderThan: "2026-01-05T13:00:00.000Z" });
    expect(await verifyTeamChain(db, team.id, 2)).toEqual({ ok: true, checked: 6 });
  });

  it("still reports old events deleted by hand, which no purge accounts for", async () => {
    const team = await teamWithTenDays();
    const oldest = await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" }, take: 2 });
    await db.auditEvent.deleteMany({ where: { id: { in: oldest.map((e) => e.id) } } });
    const [first] = await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" }, take: 1 });
    expect(await verifyTeamChain(db, team.id)).toEqual({ ok: false, checked: 0, brokenAt: first.id.toString(), reason: "does not link to the previous event" });
  });

  it("only accepts the anchor of the latest purge", async () => {
    const team = await teamWithTenDays();
    await db.$transaction((tx) => purgeTeamEvents(tx, team.id, 5, now));
    const [first] = await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" }, take: 1 });
    await db.auditEvent.delete({ where: { id: first.id } });
    expect(await verifyTeamChain(db, team.id)).toMatchObject({ ok: false, checked: 0, reason: "does not link to the previous event" });
  });

  it("runs on write at most once per team per day, in batches", async () => {
    const team = await teamWithTenDays(); // its writes already made 2026-01-10 a day without retention
    const nextDay = new Date(Date.UTC(2026, 0, 11, 13));
    await db.$transaction((tx) => purgeIfDue(tx, team.id, now));
    expect(await days(team.id)).toHaveLength(10);
    await db.$transaction((tx) => purgeIfDue(tx, team.id, nextDay));
    await db.$transaction((tx) => purgeIfDue(tx, team.id, new Date(nextDay.getTime() + 3_600_000)));
    expect(await days(team.id)).toEqual([7, 8, 9, 10, "purged"]);
    await db.$transaction((tx) => purgeIfDue(tx, team.id, new Date(Date.UTC(2026, 0, 12, 13))));
    expect(await days(team.id)).toEqual([8, 9, 10, "purged", "purged"]);
    expect(await verifyTeamChain(db, team.id)).toEqual({ ok: true, checked: 5 });
    const limited = await teamWithTenDays();
    expect(await db.$transaction((tx) => purgeTeamEvents(tx, limited.id, 5, now, 2))).toBe(2);
    expect(await verifyTeamChain(db, limited.id)).toEqual({ ok: true, checked: 9 });
  });

  it("keeps a team without retention forever, and purges every team from the CLI", async () => {
    const team = await teamWithTenDays();
    const forever = await teamWithTenDays();
    await db.team.update({ where: { id: forever.id }, data: { auditRetentionDays: null } });
    const report = await purgeAllTeams(db, now);
    expect(report).toContainEqual({ slug: team.slug, deleted: 5 });
    expect(report.map((r) => r.slug)).not.toContain(forever.slug);
    expect(await days(forever.id)).toHaveLength(10);
  });
});
