import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createTeamWithEveryRole, createUser, type TeamFixture } from "@/lib/test/fixtures";
import { listAuditEvents } from "./events";
import { parseAuditQuery, type AuditQuery } from "./filters";
import { audit } from "./record";

// Twelve events over six days, two a day, alternating actors, actions and targets.
const ACTIONS = ["team.updated", "member.added", "member.removed"] as const;
let team: TeamFixture;
let other: TeamFixture;
let ids: bigint[];

beforeAll(async () => {
  team = await createTeamWithEveryRole();
  other = await createTeamWithEveryRole();
  const actors = [team.users.owner, team.users.admin];
  vi.useFakeTimers({ toFake: ["Date"] });
  for (let i = 0; i < 12; i++) {
    vi.setSystemTime(new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 2), 9 + i)));
    const action = ACTIONS[i % 3];
    const target = action === "team.updated" ? { type: "team", id: team.id } : { type: "member", id: `m${i % 4}` };
    const actor = actors[i % 2];
    await db.$transaction((tx) => audit(tx, { teamId: team.id, actor: { type: "user", id: actor.id, name: actor.name }, action, target }));
  }
  await db.$transaction((tx) => audit(tx, { teamId: other.id, actor: { type: "user", id: team.users.owner.id, name: "o" }, action: "team.updated" }));
  vi.useRealTimers();
  ids = (await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" }, select: { id: true } })).map((e) => e.id);
});

afterAll(() => vi.useRealTimers());

function query(params: Record<string, string>): AuditQuery {
  const parsed = parseAuditQuery(params);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.query;
}

async function matching(params: Record<string, string>): Promise<number[]> {
  const { rows } = await listAuditEvents(db, team.id, query(params), 100);
  return rows.map((r) => ids.indexOf(r.id));
}

const indexes = (predicate: (i: number) => boolean) => [...Array(12).keys()].filter(predicate).reverse();

describe("audit log filters", () => {
  it("lists only the team's events, newest first", async () => {
    expect(await matching({})).toEqual(indexes(() => true));
  });

  it("filters by actor", async () => {
    expect(await matching({ actor: team.users.admin.id })).toEqual(indexes((i) => i % 2 === 1));
  });

  it("filters by action", async () => {
    expect(await matching({ action: "member.removed" })).toEqual(indexes((i) => i % 3 === 2));
  });

  it("filters by resource type and by resource id", async () => {
    expect(await matching({ type: "team" })).toEqual(indexes((i) => i % 3 === 0));
    expect(await matching({ target: "m1" })).toEqual(indexes((i) => i % 3 !== 0 && i % 4 === 1));
  });

  it("filters by an inclusive range of whole days", async () => {
    expect(await matching({ from: "2026-01-02", to: "2026-01-03" })).toEqual([5, 4, 3, 2]);
    expect(await matching({ from: "2026-01-06" })).toEqual([11, 10]);
    expect(await matching({ to: "2026-01-01" })).toEqual([1, 0]);
    expect(await matching({ from: "2026-02-01" })).toEqual([]);
    expect(await matching({ to: "2025-12-31" })).toEqual([]);
  });

  it("combines every filter", async () => {
    expect(await matching({ actor: team.users.owner.id, action: "member.added" })).toEqual(indexes((i) => i % 2 === 0 && i % 3 === 1));
    expect(await matching({ from: "2026-01-03", to: "2026-01-06", type: "member", actor: team.users.admin.id })).toEqual(
      indexes((i) => i >= 4 && i % 2 === 1 && i % 3 !== 0),
    );
    expect(await matching({ action: "member.added", target: "m0", to: "2026-01-03" })).toEqual([4]);
    expect(await matching({ action: "team.updated", type: "member" })).toEqual([]);
  });

  it("pages with a keyset cursor and loses or repeats nothing, also under a filter", async () => {
    for (const params of [{}, { actor: team.users.owner.id }, { from: "2026-01-02", to: "2026-01-05" }] as Record<string, string>[]) {
      const all = await matching(params);
      const seen: number[] = [];
      let cursor: string | null = null;
      do {
        const page: { rows: { id: bigint }[]; nextCursor: string | null } = await listAuditEvents(db, team.id, query({ ...params, ...(cursor ? { cursor } : {}) }), 5);
        expect(page.rows.length).toBeLessThanOrEqual(5);
        seen.push(...page.rows.map((r) => ids.indexOf(r.id)));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    }
  });

  it("explains every malformed value instead of failing", () => {
    expect(parseAuditQuery({ from: "yesterday" })).toEqual({ ok: false, errors: ["From: use a date like 2026-01-31"] });
    expect(parseAuditQuery({ to: "2026-02-30" })).toMatchObject({ ok: false, errors: ["To: use a date like 2026-01-31"] });
    expect(parseAuditQuery({ to: "9999-12-31" })).toEqual({ ok: false, errors: ["To: pick a date between 1970-01-01 and 2999-12-31"] });
    expect(parseAuditQuery({ from: "0000-01-01" })).toEqual({ ok: false, errors: ["From: pick a date between 1970-01-01 and 2999-12-31"] });
    expect(parseAuditQuery({ from: "2026-03-02", to: "2026-03-01" })).toMatchObject({ ok: false, errors: [expect.stringMatching(/must not be before/)] });
    expect(parseAuditQuery({ cursor: "12abc" })).toMatchObject({ ok: false, errors: [expect.stringMatching(/page link is not valid/)] });
    expect(parseAuditQuery({ cursor: "99999999999999999999" })).toMatchObject({ ok: false });
    expect(parseAuditQuery({ target: "x".repeat(201) })).toMatchObject({ ok: false, errors: [expect.stringMatching(/too long/)] });
    expect(parseAuditQuery(new URLSearchParams("action=&actor=&from="))).toEqual({ ok: true, query: {} });
  });

  it("does not show another team's events for the same actor", async () => {
    const outsider = await createUser("outsider");
    expect(await matching({ actor: outsider.id })).toEqual([]);
    const { rows } = await listAuditEvents(db, other.id, query({ actor: team.users.owner.id }));
    expect(rows).toHaveLength(1);
  });
});
