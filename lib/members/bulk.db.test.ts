import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { addMember, auditEventsOf, createTeamWithEveryRole, membershipOf, type TeamFixture } from "@/lib/test/fixtures";
import { accessEndsAtFor } from "./access-end";
import { changeMemberRolesAction, removeMembersAction, setMembersAccessEndAction } from "./actions";

let team: TeamFixture;
const membershipId = async (userId: string) => (await membershipOf(team.id, userId))!.id;
const roleOf = async (userId: string) => (await membershipOf(team.id, userId))?.role;

beforeEach(async () => {
  team = await createTeamWithEveryRole();
});

describe("changing several members' roles", () => {
  it("changes each one and writes an event for each", async () => {
    actAs(team.users.admin);
    const ids = [await membershipId(team.users.developer.id), await membershipId(team.users.basic.id)];
    expect(await changeMemberRolesAction(team.slug, { membershipIds: ids, role: "viewer" })).toEqual({ ok: true, data: { count: 2, role: "Viewer" } });
    expect(await roleOf(team.users.developer.id)).toBe("viewer");
    expect(await roleOf(team.users.basic.id)).toBe("viewer");
    const events = (await auditEventsOf(team.id)).slice(-2);
    expect(events.map((e) => [e.action, e.targetId])).toEqual(ids.map((id) => ["member.role_changed", id]));
  });

  it("changes nothing when one of them may not be changed, and names that one", async () => {
    const owner = await addMember(team.id, "owner", "second-owner");
    actAs(team.users.admin);
    const ids = [await membershipId(team.users.developer.id), owner.membershipId];
    const before = (await auditEventsOf(team.id)).length;
    expect(await changeMemberRolesAction(team.slug, { membershipIds: ids, role: "viewer" })).toEqual({
      ok: false,
      error: `${owner.email}: Only an Owner can change or remove an Owner. Nothing was changed.`,
    });
    expect(await roleOf(team.users.developer.id)).toBe("developer");
    expect(await auditEventsOf(team.id)).toHaveLength(before);
  });

  it("never demotes every Owner", async () => {
    const second = await addMember(team.id, "owner", "second-owner");
    actAs(team.users.owner);
    const result = await changeMemberRolesAction(team.slug, { membershipIds: [second.membershipId, await membershipId(team.users.owner.id)], role: "admin" });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/last Owner cannot be demoted/) });
    expect(await roleOf(second.id)).toBe("owner");
    expect(await roleOf(team.users.owner.id)).toBe("owner");
  });

  it("refuses a role the actor cannot grant next to the field, and members of another team", async () => {
    actAs(team.users.admin);
    const ids = [await membershipId(team.users.developer.id)];
    expect(await changeMemberRolesAction(team.slug, { membershipIds: ids, role: "owner" })).toMatchObject({ ok: false, fieldErrors: { role: expect.stringMatching(/Transfer ownership/) } });
    const other = await createTeamWithEveryRole();
    const foreign = (await membershipOf(other.id, other.users.viewer.id))!.id;
    expect(await changeMemberRolesAction(team.slug, { membershipIds: [...ids, foreign], role: "viewer" })).toMatchObject({
      ok: false,
      error: "One of the selected members is no longer in this team. Reload and try again.",
    });
    expect(await roleOf(team.users.developer.id)).toBe("developer");
    expect((await membershipOf(other.id, other.users.viewer.id))?.role).toBe("viewer");
  });

  it("refuses members without the permission, empty and repeated selections", async () => {
    const ids = [await membershipId(team.users.viewer.id)];
    actAs(team.users.developer);
    expect(await changeMemberRolesAction(team.slug, { membershipIds: ids, role: "basic" })).toMatchObject({ ok: false, error: expect.stringMatching(/does not allow/) });
    actAs(team.users.owner);
    expect(await changeMemberRolesAction(team.slug, { membershipIds: [], role: "basic" })).toMatchObject({ ok: false, fieldErrors: { membershipIds: "Select at least one member" } });
    expect(await changeMemberRolesAction(team.slug, { membershipIds: [...ids, ...ids], role: "basic" })).toMatchObject({ ok: false, fieldErrors: { membershipIds: "A member is selected twice" } });
    expect(await roleOf(team.users.viewer.id)).toBe("viewer");
  });
});

describe("removing several members", () => {
  it("removes each one, hands their resources to the Owner and writes an event for each", async () => {
    const { developer, viewer } = team.users;
    await db.resource.create({ data: { teamId: team.id, kind: "pod", name: "dev-pod", status: "stopped", creatorId: developer.id } });
    await db.resource.create({ data: { teamId: team.id, kind: "volume", name: "viewer-volume", status: "available", creatorId: viewer.id } });
    actAs(team.users.admin);
    const ids = [await membershipId(developer.id), await membershipId(viewer.id)];
    expect(await removeMembersAction(team.slug, { membershipIds: ids })).toEqual({ ok: true, data: { count: 2, reassigned: 2 } });
    expect(await membershipOf(team.id, developer.id)).toBeNull();
    expect(await membershipOf(team.id, viewer.id)).toBeNull();
    expect(await db.resource.count({ where: { teamId: team.id, creatorId: team.users.owner.id } })).toBe(2);
    expect((await auditEventsOf(team.id)).slice(-2).map((e) => [e.action, e.targetId])).toEqual(ids.map((id) => ["member.removed", id]));
  });

  it("removes no one when the selection holds the actor or an Owner the actor may not touch", async () => {
    actAs(team.users.admin);
    const viewer = await membershipId(team.users.viewer.id);
    expect(await removeMembersAction(team.slug, { membershipIds: [viewer, await membershipId(team.users.admin.id)] })).toMatchObject({
      ok: false,
      error: `${team.users.admin.email}: To remove yourself, use “Leave team”. Nothing was changed.`,
    });
    expect(await removeMembersAction(team.slug, { membershipIds: [viewer, await membershipId(team.users.owner.id)] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Only an Owner can change or remove an Owner/),
    });
    expect(await membershipOf(team.id, team.users.viewer.id)).not.toBeNull();
  });

  it("refuses members without the permission", async () => {
    actAs(team.users.modifier);
    expect(await removeMembersAction(team.slug, { membershipIds: [await membershipId(team.users.viewer.id)] })).toMatchObject({ ok: false, error: expect.stringMatching(/does not allow/) });
    expect(await membershipOf(team.id, team.users.viewer.id)).not.toBeNull();
  });
});

describe("setting several members' access end date", () => {
  const lastDay = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const endOf = async (userId: string) => (await membershipOf(team.id, userId))?.accessEndsAt;

  it("sets and clears it for each one, with an event for each change", async () => {
    actAs(team.users.admin);
    const ids = [await membershipId(team.users.developer.id), await membershipId(team.users.viewer.id)];
    expect(await setMembersAccessEndAction(team.slug, { membershipIds: ids, lastDay })).toEqual({ ok: true, data: { count: 2, lastDay } });
    expect(await endOf(team.users.developer.id)).toEqual(accessEndsAtFor(lastDay));
    expect(await endOf(team.users.viewer.id)).toEqual(accessEndsAtFor(lastDay));
    expect(await setMembersAccessEndAction(team.slug, { membershipIds: ids, lastDay: "" })).toEqual({ ok: true, data: { count: 2, lastDay: null } });
    expect(await endOf(team.users.developer.id)).toBeNull();
    const events = (await auditEventsOf(team.id)).filter((e) => e.action === "member.access_end_changed");
    expect(events.map((e) => e.targetId)).toEqual([...ids, ...ids]);
  });

  it("changes no one when the selection holds the actor or an Owner, names them, and refuses a bad date next to the field", async () => {
    actAs(team.users.admin);
    const developer = await membershipId(team.users.developer.id);
    expect(await setMembersAccessEndAction(team.slug, { membershipIds: [developer, await membershipId(team.users.admin.id)], lastDay })).toMatchObject({
      ok: false,
      error: `${team.users.admin.email}: You cannot set an end date on your own access. Nothing was changed.`,
    });
    actAs(team.users.owner);
    const second = await addMember(team.id, "owner", "second-owner");
    expect(await setMembersAccessEndAction(team.slug, { membershipIds: [developer, second.membershipId], lastDay })).toMatchObject({
      ok: false,
      error: `${second.email}: An Owner's access cannot end. Transfer ownership first. Nothing was changed.`,
    });
    expect(await setMembersAccessEndAction(team.slug, { membershipIds: [developer], lastDay: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { lastDay: "Pick today or a later date" } });
    expect(await endOf(team.users.developer.id)).toBeNull();
    actAs(team.users.developer);
    expect(await setMembersAccessEndAction(team.slug, { membershipIds: [await membershipId(team.users.viewer.id)], lastDay })).toMatchObject({ ok: false, error: expect.stringMatching(/permission/i) });
    expect(await db.membership.count({ where: { teamId: team.id, accessEndsAt: { not: null } } })).toBe(0);
  });
});
