import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteTeamAction } from "@/lib/teams/actions";
import { changeMemberRoleAction } from "@/lib/members/actions";
import { loadMember } from "@/lib/teams/member";
import { actAs } from "@/lib/test/acting-user";
import { createTeamWithEveryRole, membershipOf, type TeamFixture } from "@/lib/test/fixtures";
import { createCustomRoleAction, deleteCustomRoleAction, updateCustomRoleAction } from "./actions";

let team: TeamFixture;
beforeEach(async () => {
  team = await createTeamWithEveryRole();
});

const created = (r: { ok: boolean; data?: { roleId: string } | null }) => (r.ok ? r.data!.roleId : Promise.reject(new Error(JSON.stringify(r))));

describe("custom roles", () => {
  it("are assignable like built-ins, with dependencies added, and changes apply at once", async () => {
    actAs(team.users.admin);
    const roleId = await created(await createCustomRoleAction(team.slug, { name: "Support", description: "Helps members", permissions: ["members.remove"] }));
    expect((await db.customRole.findUniqueOrThrow({ where: { id: roleId } })).permissions).toEqual(["members.read", "members.remove"]);
    const viewer = (await membershipOf(team.id, team.users.viewer.id))!;
    expect(await changeMemberRoleAction(team.slug, { membershipId: viewer.id, role: `custom:${roleId}` })).toEqual({ ok: true, data: { role: "Support" } });
    let member = await loadMember(db, team.slug, team.users.viewer.id);
    expect(member).toMatchObject({ roleName: "Support" });
    expect(member?.permissions.has("members.remove")).toBe(true);
    expect(member?.permissions.has("resources.read")).toBe(false);

    expect((await updateCustomRoleAction(team.slug, { roleId, name: "Support", description: "", permissions: ["resources.read"] })).ok).toBe(true);
    member = await loadMember(db, team.slug, team.users.viewer.id);
    expect([...member!.permissions].sort()).toEqual(["resources.read"]);
  });

  it("cannot hold a permission its creator lacks, nor be granted by someone who lacks one", async () => {
    actAs(team.users.admin);
    expect(await createCustomRoleAction(team.slug, { name: "Deleter", description: "", permissions: ["team.delete"] })).toMatchObject({
      ok: false,
      fieldErrors: { permissions: "You do not have: team.delete" },
    });
    actAs(team.users.owner);
    const roleId = await created(await createCustomRoleAction(team.slug, { name: "Successor", description: "", permissions: ["team.transfer"] }));
    actAs(team.users.admin);
    const dev = (await membershipOf(team.id, team.users.developer.id))!;
    expect(await changeMemberRoleAction(team.slug, { membershipId: dev.id, role: `custom:${roleId}` })).toMatchObject({ ok: false, fieldErrors: { role: expect.stringMatching(/cannot grant Successor/) } });
    expect(await updateCustomRoleAction(team.slug, { roleId, name: "Successor", description: "", permissions: ["members.read"] })).toMatchObject({ ok: false });
  });

  it("rejects built-in names, duplicates, unknown permissions and roles of other teams", async () => {
    actAs(team.users.owner);
    expect(await createCustomRoleAction(team.slug, { name: "admin", description: "", permissions: ["members.read"] })).toMatchObject({ ok: false, fieldErrors: { name: "That name belongs to a built-in role" } });
    // Look-alikes of a built-in name, and names nobody can see, are refused too.
    for (const name of ["Admin\u200b", "Billing\u00a0viewer", "\uff21dmin"]) {
      expect(await createCustomRoleAction(team.slug, { name, description: "", permissions: ["members.read"] }), name).toMatchObject({ ok: false, fieldErrors: { name: "That name belongs to a built-in role" } });
    }
    expect(await createCustomRoleAction(team.slug, { name: "\u200b\u200b\u200b", description: "", permissions: ["members.read"] })).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String) } });
    await created(await createCustomRoleAction(team.slug, { name: "Ops", description: "", permissions: ["members.read"] }));
    expect(await createCustomRoleAction(team.slug, { name: "OPS", description: "", permissions: ["members.read"] })).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String) } });
    expect(await createCustomRoleAction(team.slug, { name: "Weird", description: "", permissions: ["root.everything"] })).toMatchObject({ ok: false, fieldErrors: { permissions: "Unknown permission" } });
    expect(await createCustomRoleAction(team.slug, { name: "Empty", description: "", permissions: [] })).toMatchObject({ ok: false, fieldErrors: { permissions: "Tick at least one permission" } });
    const other = await createTeamWithEveryRole();
    const foreign = await db.customRole.create({ data: { teamId: other.id, name: "Foreign", permissions: ["members.read"] } });
    expect(await deleteCustomRoleAction(team.slug, { roleId: foreign.id })).toMatchObject({ ok: false, error: "That role no longer exists." });
    const viewer = (await membershipOf(team.id, team.users.viewer.id))!;
    expect(await changeMemberRoleAction(team.slug, { membershipId: viewer.id, role: `custom:${foreign.id}` })).toMatchObject({ ok: false, fieldErrors: { role: "Pick one of the team's roles" } });
  });

  it("cannot be deleted while in use", async () => {
    actAs(team.users.owner);
    const roleId = await created(await createCustomRoleAction(team.slug, { name: "Temp", description: "", permissions: ["members.read"] }));
    const viewer = (await membershipOf(team.id, team.users.viewer.id))!;
    await changeMemberRoleAction(team.slug, { membershipId: viewer.id, role: `custom:${roleId}` });
    expect(await deleteCustomRoleAction(team.slug, { roleId })).toMatchObject({ ok: false, error: expect.stringMatching(/still held by 1 member\. Move them/) });
    await changeMemberRoleAction(team.slug, { membershipId: viewer.id, role: "viewer" });
    expect((await deleteCustomRoleAction(team.slug, { roleId })).ok).toBe(true);
  });

  it("cannot be deleted by someone without all of its permissions, as it could not be changed by them", async () => {
    actAs(team.users.owner);
    const roleId = await created(await createCustomRoleAction(team.slug, { name: `Security ${Date.now()}`, description: "", permissions: ["members.security"] }));
    actAs(team.users.admin);
    expect(await deleteCustomRoleAction(team.slug, { roleId })).toMatchObject({ ok: false, error: "You cannot delete a role with permissions you do not have." });
    actAs(team.users.owner);
    expect((await deleteCustomRoleAction(team.slug, { roleId })).ok).toBe(true);
  });
});

describe("deleting a team", () => {
  it("needs the exact name, removes everything but the audit trail", async () => {
    actAs(team.users.owner);
    const roleId = await created(await createCustomRoleAction(team.slug, { name: "Keeps", description: "", permissions: ["members.read"] }));
    await db.membership.update({ where: { id: (await membershipOf(team.id, team.users.viewer.id))!.id }, data: { role: "custom", customRoleId: roleId } });
    await db.resource.create({ data: { teamId: team.id, kind: "pod", name: "p", status: "stopped", creatorId: team.users.owner.id } });
    expect(await deleteTeamAction(team.slug, { confirmName: "wrong" })).toMatchObject({ ok: false, fieldErrors: { confirmName: expect.any(String) } });
    actAs(team.users.admin);
    expect(await deleteTeamAction(team.slug, { confirmName: team.name })).toMatchObject({ ok: false, error: expect.stringMatching(/does not allow/) });
    actAs(team.users.owner);
    expect(await deleteTeamAction(team.slug, { confirmName: team.name })).toEqual({ ok: true, data: null });
    expect(await db.team.findUnique({ where: { id: team.id } })).toBeNull();
    expect(await db.membership.count({ where: { teamId: team.id } })).toBe(0);
    expect(await db.resource.count({ where: { teamId: team.id } })).toBe(0);
    expect((await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "desc" }, take: 1 }))[0]).toMatchObject({ action: "team.deleted" });
  });
});
