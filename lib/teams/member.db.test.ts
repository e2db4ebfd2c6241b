import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTeamWithEveryRole, type TeamFixture } from "@/lib/test/fixtures";
import { loadMember } from "./member";

let team: TeamFixture;
let other: TeamFixture;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const where = (fixture: TeamFixture) => ({ teamId_userId: { teamId: fixture.id, userId: fixture.users.owner.id } });
const lastActive = async (fixture: TeamFixture) => (await db.membership.findUniqueOrThrow({ where: where(fixture) })).lastActiveAt;
const setLastActive = (fixture: TeamFixture, at: Date) => db.membership.update({ where: where(fixture), data: { lastActiveAt: at } });

beforeAll(async () => {
  team = await createTeamWithEveryRole();
  other = await createTeamWithEveryRole();
  // The same person in a second team, to show that activity is recorded per team.
  await db.membership.update({ where: where(other), data: { userId: team.users.owner.id } });
  other.users.owner = team.users.owner;
});

it("records a request as the member's activity in that team only, at most once per 5 minutes", async () => {
  const stale = minutesAgo(6);
  await setLastActive(team, stale);
  await setLastActive(other, stale);
  const before = Date.now();
  expect((await loadMember(db, team.slug, team.users.owner.id, { touch: true }))?.team.id).toBe(team.id);
  expect((await lastActive(team)).getTime()).toBeGreaterThanOrEqual(before);
  expect(await lastActive(other)).toEqual(stale);

  const fresh = minutesAgo(4);
  await setLastActive(team, fresh);
  await loadMember(db, team.slug, team.users.owner.id, { touch: true });
  expect(await lastActive(team)).toEqual(fresh);
});

it("does not record reads made without touch (actions' transactions, lookups)", async () => {
  const stale = minutesAgo(60);
  await setLastActive(team, stale);
  await loadMember(db, team.slug, team.users.owner.id);
  await db.$transaction((tx) => loadMember(tx, team.slug, team.users.owner.id));
  expect(await lastActive(team)).toEqual(stale);
});
