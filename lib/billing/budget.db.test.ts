import { describe, expect, it } from "vitest";
import { withNotices } from "@/lib/actions/notices";
import { db } from "@/lib/db/client";
import { auditEventsOf, createTeamWithEveryRole, uid } from "@/lib/test/fixtures";
import { alertBudget } from "./budget";

// Months no other test file bills, so this month's spend is only what these tests record.
const spend = (teamId: string, userId: string, startedAt: string, cents: number) =>
  db.usageRecord.create({
    data: { teamId, userId, resourceId: `pod-${uid()}`, resourceKind: "pod", resourceName: "pod", startedAt: new Date(startedAt), endedAt: new Date(new Date(startedAt).getTime() + 3_600_000), cents },
  });
const check = (teamId: string, now: string) => withNotices(db, (tx, notify) => alertBudget(tx, teamId, new Date(now), notify));

describe("budget alerts", () => {
  it("tell the billing managers once per share of the budget reached, and start over each month", async () => {
    const team = await createTeamWithEveryRole();
    const dev = team.users.developer.id;
    await db.team.update({ where: { id: team.id }, data: { monthlyBudgetCents: 1000 } });

    await spend(team.id, dev, "2004-03-02T10:00:00Z", 400);
    expect(await check(team.id, "2004-03-05T00:00:00Z")).toBeNull();
    await spend(team.id, dev, "2004-03-06T10:00:00Z", 450);
    expect(await check(team.id, "2004-03-07T00:00:00Z")).toBe(80);
    expect(await check(team.id, "2004-03-07T01:00:00Z")).toBeNull();
    await spend(team.id, dev, "2004-03-08T10:00:00Z", 150);
    expect(await check(team.id, "2004-03-09T00:00:00Z")).toBe(100);
    expect(await check(team.id, "2004-03-31T23:00:00Z")).toBeNull();
    await spend(team.id, dev, "2004-04-01T10:00:00Z", 500);
    expect(await check(team.id, "2004-04-02T00:00:00Z")).toBe(50);

    const events = (await auditEventsOf(team.id)).filter((e) => e.action === "billing.budget_reached");
    expect(events.map((e) => [e.actorType, e.actorName, e.metadata])).toEqual([
      ["system", "Billing", { percent: 80, spentCents: 850, budgetCents: 1000, month: "2004-03-01T00:00:00.000Z" }],
      ["system", "Billing", { percent: 100, spentCents: 1000, budgetCents: 1000, month: "2004-03-01T00:00:00.000Z" }],
      ["system", "Billing", { percent: 50, spentCents: 500, budgetCents: 1000, month: "2004-04-01T00:00:00.000Z" }],
    ]);
    const toOwner = await db.outboxEmail.findMany({ where: { to: team.users.owner.email }, orderBy: { createdAt: "asc" } });
    expect(toOwner.map((m) => m.subject)).toEqual([
      `${team.name} has reached 80% of its Roster budget for March 2004`,
      `${team.name} has spent its Roster budget for March 2004`,
      `${team.name} has reached 50% of its Roster budget for April 2004`,
    ]);
    expect(toOwner[0].text).toContain(`${team.name} has spent $8.50 in March 2004 (UTC): 85% of its monthly budget of $10.00.`);
    expect(await db.outboxEmail.count({ where: { to: team.users.developer.email } })).toBe(0);
  });

  it("go to the invoice email instead when the team has one, and not at all without a budget", async () => {
    const team = await createTeamWithEveryRole();
    const accounts = `budget-${uid()}@example.test`;
    await spend(team.id, team.users.developer.id, "2004-05-02T10:00:00Z", 900);
    expect(await check(team.id, "2004-05-03T00:00:00Z")).toBeNull();

    await db.team.update({ where: { id: team.id }, data: { monthlyBudgetCents: 1000, invoiceEmail: accounts } });
    expect(await check(team.id, "2004-05-03T00:00:00Z")).toBe(80);
    expect((await db.outboxEmail.findMany({ where: { to: accounts } })).map((m) => m.subject)).toEqual([`${team.name} has reached 80% of its Roster budget for May 2004`]);
    expect(await db.outboxEmail.count({ where: { to: team.users.owner.email } })).toBe(0);
  });
});
