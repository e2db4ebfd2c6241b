import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTeamWithEveryRole, uid } from "@/lib/test/fixtures";
import { inactiveSince, listMembers, memberBatch, type MemberKey, type MemberRow } from "./list";
import type { MemberListQuery, MemberSort } from "./schemas";

let teamId: string;

// 60 members and 20 invitations (5 of them expired, 5 with an email not sent) over 30 timestamps, so rows share a time and
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
    // Every tenth member's access ends, the later the lower their number.
    data: users.map((u, i) => ({
      teamId,
      userId: u.id,
      role: i % 3 ? "developer" : "viewer",
      createdAt: at(i),
      lastActiveAt: new Date(Date.now() - (i % 4 ? 1 : 100) * 86_400_000),
      accessEndsAt: i % 10 ? null : new Date(Date.now() + (60 - i) * 86_400_000),
    })),
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
      // Every fourth invitation's email has not gone: three of those are to be tried again, two were given up.
      mailError: i % 4 ? null : "The mail provider refused it: Service unavailable",
      mailRetryAt: i % 8 ? null : new Date(Date.now() + 600_000),
    })),
  });
});

/** Every row the export reads for a query, in batches of `size` as it does. */
async function exported(query: MemberListQuery, size = 1000): Promise<MemberRow[]> {
  const rows: MemberRow[] = [];
  for (let after: MemberKey | null = null; ; ) {
    const batch = await memberBatch(db, teamId, query, after, size);
    rows.push(...batch.rows);
    if (!batch.next) return rows;
    after = batch.next;
  }
}

it.each<[string, MemberListQuery]>([
  ["everyone", {}],
  ["a role", { role: "developer" }],
  ["joined members", { status: "joined" }],
  ["pending invitations", { status: "pending" }],
  ["invitations whose email was not sent", { status: "unsent" }],
  ["inactive members", { status: "inactive" }],
  ["a search", { q: "pager" }],
])("pages through %s without losing or repeating a row, in the export's order", async (_, query) => {
  const all = await exported(query, 7);
  const first = await listMembers(db, teamId, query);
  expect(first.total).toBe(all.length);
  const paged = [...first.rows];
  for (let page = 2; page <= first.pages; page++) paged.push(...(await listMembers(db, teamId, { ...query, page })).rows);
  expect(paged.map((r) => r.id)).toEqual(all.map((r) => r.id));
  expect(paged).toEqual(all);
  expect(first.pages).toBeGreaterThan(query.status ? 0 : 1);
});

type Key = string | number | null;
const byKey = (key: (row: MemberRow) => Key, direction: 1 | -1) => (a: MemberRow, b: MemberRow) => {
  const [x, y] = [key(a), key(b)];
  if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -direction : direction;
  return a.id < b.id ? -direction : direction;
};
const time = (date: Date | null) => date && date.getTime();

it.each<[MemberSort, (a: MemberRow, b: MemberRow) => number]>([
  ["newest", byKey((r) => time(r.date), -1)],
  ["oldest", byKey((r) => time(r.date), 1)],
  ["name", byKey((r) => (r.name ?? r.email).toLowerCase(), 1)],
  ["recent", byKey((r) => time(r.lastActiveAt), -1)],
  ["idle", byKey((r) => time(r.lastActiveAt), 1)],
  ["ends", byKey((r) => time(r.accessEndsAt), 1)],
])("pages through everyone in the order %s without losing or repeating a row; rows without the key come last", async (sort, compare) => {
  const expected = (await exported({})).sort(compare);
  const first = await listMembers(db, teamId, { sort });
  const paged = [...first.rows];
  for (let page = 2; page <= first.pages; page++) paged.push(...(await listMembers(db, teamId, { sort, page })).rows);
  expect(paged.map((r) => `${r.kind} ${r.name ?? r.email}`)).toEqual(expected.map((r) => `${r.kind} ${r.name ?? r.email}`));
  expect(paged.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  // The export reads them in the same order, 7 at a time, across rows that share a key and rows without one.
  expect((await exported({ sort }, 7)).map((r) => r.id)).toEqual(expected.map((r) => r.id));
});

it("lists temporary access soonest end first unless another order is asked for", async () => {
  const soonest = await listMembers(db, teamId, { status: "temporary" });
  expect(soonest.rows.map((r) => r.name)).toEqual(["Pager 50", "Pager 40", "Pager 30", "Pager 20", "Pager 10", "Pager 0"]);
  const newest = await listMembers(db, teamId, { status: "temporary", sort: "newest" });
  const dates = newest.rows.map((r) => r.date.getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(new Set(newest.rows.map((r) => r.name))).toEqual(new Set(soonest.rows.map((r) => r.name)));
});

it("shows an empty page past the end", async () => {
  const past = await listMembers(db, teamId, { page: 99 });
  expect(past.rows).toEqual([]);
  expect(past.total).toBeGreaterThan(60);
});

it("lists as inactive the members who have not used the team for 90 days, and no invitation", async () => {
  const inactive = await exported({ status: "inactive" });
  expect(inactive.map((r) => r.name).sort()).toEqual(Array.from({ length: 15 }, (_, i) => `Pager ${i * 4}`).sort());
  expect(inactive.every((r) => r.kind === "member" && r.lastActiveAt! < inactiveSince(new Date()))).toBe(true);
  const everyone = await exported({});
  expect(everyone.filter((r) => r.kind === "invite").every((r) => r.lastActiveAt === null)).toBe(true);
});

it("lists as unsent the invitations whose email has not gone, expired or not, with why and when it is tried next", async () => {
  const unsent = await exported({ status: "unsent" });
  expect(unsent).toHaveLength(5);
  expect(unsent.every((r) => r.kind === "invite" && r.mailError === "The mail provider refused it: Service unavailable")).toBe(true);
  expect(unsent.filter((r) => r.mailRetryAt).length).toBe(3);
  const everyone = await exported({});
  expect(everyone.filter((r) => r.kind === "member").every((r) => r.mailError === null && r.mailRetryAt === null)).toBe(true);
});
