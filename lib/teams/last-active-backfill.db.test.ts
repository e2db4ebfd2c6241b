import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { createTeamWithEveryRole } from "@/lib/test/fixtures";

const MIGRATION = "prisma/migrations/20261129020000_membership_last_active/migration.sql";
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

// The migration's backfill, run on one team: memberships that existed before "last active" was
// recorded start from when they joined, or from their latest event in the team's audit log.
it("starts existing memberships from their latest evidence of activity in the team", async () => {
  const backfill = /UPDATE "Membership"[\s\S]*?\)\);/.exec(readFileSync(MIGRATION, "utf8"))![0].slice(0, -1);
  const [team, other] = await Promise.all([createTeamWithEveryRole(), createTeamWithEveryRole()]);
  const { developer, viewer, basic } = team.users;
  await db.membership.updateMany({ where: { teamId: team.id }, data: { createdAt: daysAgo(200), lastActiveAt: daysAgo(300) } });
  await db.membership.update({ where: { teamId_userId: { teamId: team.id, userId: basic.id } }, data: { createdAt: daysAgo(20) } });
  const event = (teamId: string, actorId: string, at: Date) =>
    db.auditEvent.create({ data: { teamId, actorType: "user", actorId, actorName: "x", action: "pod.started", createdAt: at, hash: `h-${Math.random()}`, prevHash: "" } });
  await event(team.id, developer.id, daysAgo(120));
  await event(team.id, developer.id, daysAgo(50));
  await event(other.id, viewer.id, daysAgo(1)); // activity elsewhere says nothing about this team

  await db.$executeRaw`${Prisma.raw(backfill)} WHERE m."teamId" = ${team.id}`;
  const lastActive = async (userId: string) => (await db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: team.id, userId } } })).lastActiveAt;
  const days = (date: Date) => Math.round((Date.now() - date.getTime()) / 86_400_000);
  expect(days(await lastActive(developer.id))).toBe(50);
  expect(days(await lastActive(viewer.id))).toBe(200);
  expect(days(await lastActive(basic.id))).toBe(20);
});
