import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { lockTeam } from "@/lib/teams/lock";
import { createTeamWithEveryRole } from "@/lib/test/fixtures";
import { assertWithinSpendLimit, burnRateCents } from "./spend-limit";

async function running(teamId: string, creatorId: string, hourlyCostCents: number, runningSince: Date | null = new Date()) {
  return db.resource.create({ data: { teamId, kind: "pod", name: `pod-${hourlyCostCents}`, status: runningSince ? "running" : "stopped", creatorId, hourlyCostCents, runningSince } });
}

/** What a resource action does: lock the team, then check the spend it is about to add. */
function startPaidResource(teamId: string, addedCents: number) {
  return db.$transaction(async (tx) => {
    await lockTeam(tx, teamId);
    await assertWithinSpendLimit(tx, { id: teamId }, addedCents);
    await tx.resource.create({ data: { teamId, kind: "pod", name: "new", status: "running", creatorId: "x", hourlyCostCents: addedCents, runningSince: new Date() } });
  }, { timeout: 20_000, maxWait: 20_000 });
}

describe("hourly spend limit", () => {
  it("counts only running resources in the burn rate", async () => {
    const team = await createTeamWithEveryRole();
    await running(team.id, team.users.developer.id, 3000);
    await running(team.id, team.users.developer.id, 9999, null);
    expect(await burnRateCents(db, team.id)).toBe(3000);
  });

  it("allows spend up to the limit exactly, and refuses a cent more with a clear message", async () => {
    const team = await createTeamWithEveryRole();
    await running(team.id, team.users.developer.id, 5000);
    await expect(startPaidResource(team.id, 3001)).rejects.toThrow(
      "This would raise the team's spend to $80.01 per hour, over its limit of $80.00 per hour. Stop something else, or ask someone with billing access to raise the limit.",
    );
    expect(await burnRateCents(db, team.id)).toBe(5000);
    await startPaidResource(team.id, 3000);
    expect(await burnRateCents(db, team.id)).toBe(8000);
    await startPaidResource(team.id, 0);
    await expect(startPaidResource(team.id, 1)).rejects.toThrow(/over its limit/);
  });

  it("follows a changed limit", async () => {
    const team = await createTeamWithEveryRole();
    await db.team.update({ where: { id: team.id }, data: { hourlySpendLimitCents: 200 } });
    await expect(startPaidResource(team.id, 201)).rejects.toThrow(/limit of \$2\.00 per hour/);
    await startPaidResource(team.id, 200);
  });

  it("checks the limit as stored when the team is locked, not a copy read before", async () => {
    const team = await createTeamWithEveryRole();
    await db.team.update({ where: { id: team.id }, data: { hourlySpendLimitCents: 500 } });
    const staleCopy = { id: team.id, hourlySpendLimitCents: 8000 };
    await expect(
      db.$transaction(async (tx) => {
        await lockTeam(tx, team.id);
        await assertWithinSpendLimit(tx, staleCopy, 501);
      }),
    ).rejects.toThrow(/limit of \$5\.00 per hour/);
  });

  it("lets only one of two concurrent starts through when both together would exceed the limit", async () => {
    const team = await createTeamWithEveryRole();
    const results = await Promise.allSettled([startPaidResource(team.id, 5000), startPaidResource(team.id, 5000)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await burnRateCents(db, team.id)).toBe(5000);
  });
});
