import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/t/[team]/audit/actors/route";
import { db } from "@/lib/db/client";
import { acceptInviteAction, inviteMembersAction } from "@/lib/invites/actions";
import { leaveTeamAction, removeMemberAction } from "@/lib/members/actions";
import { BUILT_IN_ROLE_KEYS, can, permissionsOf } from "@/lib/permissions";
import { actAs } from "@/lib/test/acting-user";
import { createTeamWithEveryRole, createUser, membershipOf, tokenFromOutbox, type TeamFixture } from "@/lib/test/fixtures";
import { ACTOR_SEARCH_LIMIT, actorLabel, searchActors, type ActorOption } from "./actors";

let team: TeamFixture;

beforeAll(async () => {
  team = await createTeamWithEveryRole();
});

async function addMember(name: string, email: string) {
  const user = await db.user.create({ data: { name, email } });
  await db.membership.create({ data: { teamId: team.id, userId: user.id, role: "viewer" } });
  return user;
}

function search(q: string | null, as = team.users.admin) {
  actAs(as);
  const query = q === null ? "" : `?${new URLSearchParams({ q })}`;
  return GET(new NextRequest(`http://localhost/t/${team.slug}/audit/actors${query}`), { params: Promise.resolve({ team: team.slug }) });
}

describe("audit user filter search", () => {
  it("finds members by any part of their name or email, ignoring case, sorted by name", async () => {
    const ada = await addMember("Ada Lovelace", `ada-${team.slug}@analytical.test`);
    const grace = await addMember("Grace Hopper", `grace-${team.slug}@navy.test`);
    expect((await searchActors(db, team.id, "LOVE")).map((a) => a.id)).toEqual([ada.id]);
    expect((await searchActors(db, team.id, "navy.test")).map((a) => a.id)).toEqual([grace.id]);
    expect(await searchActors(db, team.id, "nobody-at-all")).toEqual([]);
    const everyone = await searchActors(db, team.id, "");
    expect(everyone.map((a) => a.name)).toEqual(everyone.map((a) => a.name).toSorted());
  });

  it("takes % and _ literally and stops at the limit", async () => {
    await addMember("100% sure", `pct-${team.slug}@x.test`);
    expect((await searchActors(db, team.id, "%")).map((a) => a.name)).toEqual(["100% sure"]);
    expect(await searchActors(db, team.id, "1_0")).toEqual([]); // as a wildcard, "_" would match "100"
    for (let i = 0; i < ACTOR_SEARCH_LIMIT + 2; i++) await addMember(`Many ${i}`, `many-${i}-${team.slug}@x.test`);
    expect(await searchActors(db, team.id, "many")).toHaveLength(ACTOR_SEARCH_LIMIT);
  });

  it("never offers members of other teams", async () => {
    const other = await createTeamWithEveryRole();
    const ids = new Set((await searchActors(db, team.id, "")).map((a) => a.id));
    for (const user of Object.values(other.users)) expect(ids.has(user.id)).toBe(false);
    expect(await searchActors(db, team.id, other.users.owner.email)).toEqual([]);
  });

  it("finds whoever was removed or left, marked as former, and only once they are back", async () => {
    const removed = await addMember("Rita Removed", `rita-${team.slug}@x.test`);
    const leaver = await addMember("Lee Leaver", `lee-${team.slug}@x.test`);
    actAs(team.users.admin);
    expect((await removeMemberAction(team.slug, { membershipId: (await membershipOf(team.id, removed.id))!.id })).ok).toBe(true);
    actAs(leaver);
    expect((await leaveTeamAction(team.slug, {})).ok).toBe(true);
    expect(await searchActors(db, team.id, "rita")).toEqual([{ id: removed.id, name: "Rita Removed", email: removed.email, former: true }]);
    expect(await searchActors(db, team.id, "leaver")).toEqual([{ id: leaver.id, name: "Lee Leaver", email: leaver.email, former: true }]);
    expect(await actorLabel(db, team.id, removed.id)).toBe(`Rita Removed (${removed.email}, former member)`);

    actAs(team.users.admin);
    expect((await inviteMembersAction(team.slug, { emails: removed.email, role: "viewer", require2fa: false })).ok).toBe(true);
    const token = await tokenFromOutbox(removed.email, "invite");
    actAs(removed);
    expect((await acceptInviteAction({ token })).ok).toBe(true);
    expect(await searchActors(db, team.id, "rita")).toEqual([{ id: removed.id, name: "Rita Removed", email: removed.email, former: false }]);
    expect(await actorLabel(db, team.id, removed.id)).toBe(`Rita Removed (${removed.email})`);
    const other = await createTeamWithEveryRole();
    expect(await searchActors(db, other.id, "rita")).toEqual([]);
  });

  it("labels a member by name and email, someone else who acted here by their last event, anyone else not at all", async () => {
    expect(await actorLabel(db, team.id, team.users.owner.id)).toBe(`${team.users.owner.name} (${team.users.owner.email})`);
    const former = await createUser("former");
    await db.auditEvent.create({ data: { teamId: team.id, actorType: "user", actorId: former.id, actorName: "Former Person", action: "member.left", hash: `h-${former.id}` } });
    expect(await actorLabel(db, team.id, former.id)).toBe("Former Person");
    expect(await actorLabel(db, team.id, (await createUser("stranger")).id)).toBeNull();
    const other = await createTeamWithEveryRole();
    expect(await actorLabel(db, team.id, other.users.owner.id)).toBeNull();
  });

  it.each(BUILT_IN_ROLE_KEYS)("answers %s as the audit.read permission says", async (role) => {
    const response = await search("a", team.users[role]);
    if (can({ userId: team.users[role].id, permissions: new Set(permissionsOf(role)) }, "audit.read")) {
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      const { actors } = (await response.json()) as { actors: ActorOption[] };
      expect(actors.length).toBeGreaterThan(0);
      expect(Object.keys(actors[0]).toSorted()).toEqual(["email", "former", "id", "name"]);
    } else {
      expect(response.status).toBe(403);
      expect(await response.text()).toMatch(/does not allow this/);
    }
  });

  it("refuses non-members, the signed-out and an overlong search, with the reason", async () => {
    expect((await search("a", await createUser("outsider"))).status).toBe(404);
    actAs(null);
    expect((await GET(new NextRequest(`http://localhost/t/${team.slug}/audit/actors`), { params: Promise.resolve({ team: team.slug }) })).status).toBe(401);
    const long = await search("x".repeat(101));
    expect(long.status).toBe(400);
    expect(await long.text()).toBe("Search: use at most 100 characters");
    expect((await search(null)).status).toBe(200);
  });
});
