import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordNotice } from "@/lib/email/notice-queue";
import { createTeamWithEveryRole, uid } from "@/lib/test/fixtures";
import { backgroundJobs } from "./background-jobs";

// A day no other test file uses (their usage is pruned up to 2001-11-18), so these runs, which read every team, find only this file's rows.
const NOW = new Date("2003-01-01T09:00:00Z");
const jobs = Object.fromEntries(backgroundJobs(db, () => NOW).map((job) => [job.name, job]));

describe("the background jobs", () => {
  it("send the queued mail that is due", async () => {
    const to = `queued-${uid()}@example.test`;
    await recordNotice(db, { to, subject: "You were removed from Acme on Roster", template: "removedFromTeam", props: { name: "Rue", teamName: "Acme", by: "Olivia", apiKeysRevoked: 0 } });
    await db.pendingNotice.updateMany({ where: { to }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

    expect(await jobs["mail queue"].run()).toMatch(/^\d+ queued emails? sent$/);
    expect(await db.outboxEmail.count({ where: { to } })).toBe(1);
    expect(await db.pendingNotice.count({ where: { to } })).toBe(0);
  });

  it("remind members whose access ends this week, and tell the team whose has ended, once", async () => {
    const team = await createTeamWithEveryRole();
    const endAccess = (userId: string, at: string) => db.membership.update({ where: { teamId_userId: { teamId: team.id, userId } }, data: { accessEndsAt: new Date(at) } });
    await endAccess(team.users.developer.id, "2003-01-03T00:00:00Z");
    await endAccess(team.users.basic.id, "2002-12-30T00:00:00Z");

    expect(await jobs["access reminders"].run()).toBe("1 reminder sent; 1 team told whose access has ended");
    expect(await db.outboxEmail.count({ where: { to: team.users.developer.email } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { to: team.users.owner.email } })).toBe(1);
    expect(await jobs["access reminders"].run()).toBeNull();
  });

  it("issue last month's invoice of each team that used something, once", async () => {
    const team = await createTeamWithEveryRole();
    const startedAt = new Date("2002-12-05T10:00:00Z");
    await db.usageRecord.create({
      data: { teamId: team.id, userId: team.users.developer.id, resourceId: "pod-1", resourceKind: "pod", resourceName: "pod-1", startedAt, endedAt: new Date(startedAt.getTime() + 3_600_000), cents: 250 },
    });

    expect(await jobs["invoices"].run()).toBe("1 invoice issued");
    const invoices = await db.invoice.findMany({ where: { teamId: team.id }, select: { periodStart: true, totalCents: true } });
    expect(invoices).toEqual([{ periodStart: new Date("2002-12-01T00:00:00Z"), totalCents: 250 }]);
    expect(await jobs["invoices"].run()).toBeNull();
  });

  it("tell each team whose spend this month has reached a share of its monthly budget, once", async () => {
    const team = await createTeamWithEveryRole();
    await db.team.update({ where: { id: team.id }, data: { monthlyBudgetCents: 400 } });
    const startedAt = new Date("2003-01-01T02:00:00Z");
    await db.usageRecord.create({
      data: { teamId: team.id, userId: team.users.developer.id, resourceId: "pod-2", resourceKind: "pod", resourceName: "pod-2", startedAt, endedAt: new Date(startedAt.getTime() + 3_600_000), cents: 250 },
    });

    expect(await jobs["budget alerts"].run()).toBe("1 team told of its spend against its monthly budget");
    expect((await db.outboxEmail.findMany({ where: { to: team.users.owner.email } })).map((m) => m.subject)).toEqual([`${team.name} has reached 50% of its Roster budget for January 2003`]);
    expect(await jobs["budget alerts"].run()).toBeNull();
  });
});
