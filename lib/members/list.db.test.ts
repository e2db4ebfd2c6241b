import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTeamWithEveryRole, uid } from "@/lib/test/fixtures";
import { inactiveSince, listMembers, memberBatch } from "./list";
import type { MemberListQuery } from "./schemas";

let teamId: string;

// 60 members and 20 invitations (5 of them expired) over 30 timestamps, so rows share a time and
// members and invitations interleave: the order then rests on the id tie-break across both tables.
beforeAll(async () => {
  const team = await createTeamWithEveryRole();
  teamId = team.id;
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + (i % 30) * 60_000);
  const users = await db.user.createManyAndReturn({
    data: Array.from({ length: 60 }, (_, i) => ({ email: `pager-${i}-${uid()}@example.test`, name: `Pager ${i}` })),
    select: { id: true },
  });
  await db.membership.createMany({
    // Every fourth member last used the team 100 days ago; INACTIVE_AFTER_DAYS is 90.
    data: users.map((u, i) => ({ teamId, userId: u.id, role: i % 3 ? "developer" : "viewer", createdAt: at(i), lastActiveAt: new Date(Date.now() - (i % 4 ? 1 : 100) * 86_400_000) })),
  });
  await db.invitation.createMany({
    data: Array.from({ length: 20 }, (_, i) => ({
      teamId,
      email: `pager-invite-${i}-${uid()}@example.test`,
      role: i % 2 ? "developer" : "viewer",
      tokenHash: `pager-${uid()}-${i}`,
      inviterId: team.users.owner.id,
      createdAt: at(i * 7),
      expiresAt: new Date(Date.now() + (i < 5 ? -1 : 1) * 86_400_000),
    })),
  });
});

it.each<[string, MemberListQuery]>([
  ["everyone", {}],
  ["a role", { role: "developer" }],
  ["joined members", { status: "joined" }],
  ["pending invitations", { status: "pending" }],
  ["inactive members", { status: "inactive" }],
  ["a search", { q: "pager" }],
])("pages through %s without losing or repeating a row, in the export's order", async (_, query) => {
  const all = await memberBatch(db, teamId, query, null, 1000);
  const first = await listMembers(db, teamId, query);
  expect(first.total).toBe(all.length);
  const paged = [...first.rows];
  for (let page = 2; page <= first.pages; page++) paged.push(...(await listMembers(db, teamId, { ...query, page })).rows);
  expect(paged.map((r) => r.id)).toEqual(all.map((r) => r.id));
  expect(paged).toEqual(all);
  expect(first.pages).toBeGreaterThan(query.status === "pending" || query.status === "inactive" ? 0 : 1);
});

it("shows an empty page past the end", async () => {
  const past = await listMembers(db, teamId, { page: 99 });
  expect(past.rows).toEqual([]);
  expect(past.total).toBeGreaterThan(60);
});

it("lists as inactive the members who have not used the team for 90 days, and no invitation", async () => {
  const inactive = await memberBatch(db, teamId, { status: "inactive" }, null, 1000);
  expect(inactive.map((r) => r.name).sort()).toEqual(Array.from({ length: 15 }, (_, i) => `Pager ${i * 4}`).sort());
  expect(inactive.every((r) => r.kind === "member" && r.lastActiveAt! < inactiveSince(new Date()))).toBe(true);
  const everyone = await memberBatch(db, teamId, {}, null, 1000);
  expect(everyone.filter((r) => r.kind === "invite").every((r) => r.lastActiveAt === null)).toBe(true);
});
