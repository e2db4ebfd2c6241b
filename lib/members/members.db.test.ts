import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadMember } from "@/lib/teams/member";
import { actAs, asUser } from "@/lib/test/acting-user";
import { addMember, auditEventsOf, createTeamWithEveryRole, membershipOf, uid, type TeamFixture } from "@/lib/test/fixtures";
import { changeMemberRoleAction, leaveTeamAction, previewMemberRemoval, removeMemberAction } from "./actions";
import { REMOVAL_PREVIEW_SIZE } from "./remove";

let team: TeamFixture;
const membershipId = async (userId: string) => (await membershipOf(team.id, userId))!.id;

beforeEach(async () => {
  team = await createTeamWithEveryRole();
});

describe("changing a role", () => {
  it("takes effect on the member's very next request and is audited", async () => {
    actAs(team.users.owner);
    const target = await membershipId(team.users.developer.id);
    expect(await changeMemberRoleAction(team.slug, { membershipId: target, role: "viewer" })).toEqual({ ok: true, data: { role: "Viewer" } });
    const next = await loadMember(db, team.slug, team.users.developer.id);
    expect(next?.roleName).toBe("Viewer");
    expect(next?.permissions.has("resources.delete")).toBe(false);
    const [event] = (await auditEventsOf(team.id)).slice(-1);
    expect(event).toMatchObject({ action: "member.role_changed", targetId: target, metadata: { before: { role: "Developer" }, after: { role: "Viewer" } } });
  });

  it("never makes anyone Owner: that is a transfer", async () => {
    actAs(team.users.owner);
    const result = await changeMemberRoleAction(team.slug, { membershipId: await membershipId(team.users.admin.id), role: "owner" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { role: expect.stringMatching(/Transfer ownership/) } });
  });

  it("lets an Admin neither grant Owner nor touch an Owner", async () => {
    actAs(team.users.admin);
    expect((await changeMemberRoleAction(team.slug, { membershipId: await membershipId(team.users.viewer.id), role: "owner" })).ok).toBe(false);
    const owner = await addMember(team.id, "owner", "second-owner");
    expect(await changeMemberRoleAction(team.slug, { membershipId: owner.membershipId, role: "viewer" })).toMatchObject({ ok: false, error: "Only an Owner can change or remove an Owner." });
    expect((await membershipOf(team.id, owner.id))?.role).toBe("owner");
  });

  it("lets a custom role that may change roles and remove members touch only roles it could grant", async () => {
    const peopleOps = await db.customRole.create({ data: { teamId: team.id, name: `People Ops ${uid()}`, permissions: ["members.read", "members.role", "members.remove"] } });
    const ops = await addMember(team.id, "custom", "ops");
    await db.membership.update({ where: { id: ops.membershipId }, data: { customRoleId: peopleOps.id } });
    actAs(ops);
    const admin = await membershipId(team.users.admin.id);
    expect(await changeMemberRoleAction(team.slug, { membershipId: admin, role: `custom:${peopleOps.id}` })).toMatchObject({
      ok: false,
      error: `Their role (Admin) has permissions yours (${peopleOps.name}) does not, so you cannot change or remove them.`,
    });
    expect((await removeMemberAction(team.slug, { membershipId: admin })).ok).toBe(false);
    expect((await membershipOf(team.id, team.users.admin.id))?.role).toBe("admin");
  });

  it("refuses members without the permission, and unknown roles", async () => {
    actAs(team.users.developer);
    expect(await changeMemberRoleAction(team.slug, { membershipId: await membershipId(team.users.viewer.id), role: "developer" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Developer.*does not allow/),
    });
    actAs(team.users.owner);
    expect(await changeMemberRoleAction(team.slug, { membershipId: await membershipId(team.users.viewer.id), role: "superuser" })).toMatchObject({
      ok: false,
      fieldErrors: { role: "Pick one of the team's roles" },
    });
  });

  it("refuses to demote the last Owner", async () => {
    actAs(team.users.owner);
    const result = await changeMemberRoleAction(team.slug, { membershipId: await membershipId(team.users.owner.id), role: "admin" });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/last Owner cannot be demoted/) });
  });
});

describe("removing and leaving", () => {
  it("previews how many resources will pass on, naming the oldest few", async () => {
    const dev = team.users.developer;
    const count = REMOVAL_PREVIEW_SIZE + 2;
    await db.resource.createMany({
      data: Array.from({ length: count }, (_, i) => ({ teamId: team.id, kind: "pod", name: `pod-${i}`, status: "stopped", creatorId: dev.id, createdAt: new Date(Date.UTC(2026, 0, 1 + i)) })),
    });
    actAs(team.users.admin);
    const preview = await previewMemberRemoval(team.slug, { membershipId: await membershipId(dev.id) });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data.total).toBe(count);
    expect(preview.data.listed.map((r) => r.name)).toEqual(Array.from({ length: REMOVAL_PREVIEW_SIZE }, (_, i) => `pod-${i}`));
    expect(await previewMemberRemoval(team.slug, { membershipId: await membershipId(team.users.viewer.id) })).toEqual({ ok: true, data: { listed: [], total: 0 } });
  });

  it("removes at once, hands the member's resources to the Owner and revokes their API keys", async () => {
    const dev = team.users.developer;
    await db.resource.create({ data: { teamId: team.id, kind: "pod", name: "dev-pod", status: "stopped", creatorId: dev.id } });
    await db.apiKey.create({ data: { teamId: team.id, name: "k", prefix: "rk_x", keyHash: `h-${dev.id}`, role: "developer", creatorId: dev.id } });
    actAs(team.users.admin);
    expect(await removeMemberAction(team.slug, { membershipId: await membershipId(dev.id) })).toEqual({ ok: true, data: { reassigned: 1 } });
    expect(await loadMember(db, team.slug, dev.id)).toBeNull();
    expect(await db.resource.findFirst({ where: { teamId: team.id, name: "dev-pod" } })).toMatchObject({ creatorId: team.users.owner.id });
    expect((await db.apiKey.findFirstOrThrow({ where: { creatorId: dev.id } })).revokedAt).not.toBeNull();
    const key = await db.apiKey.findFirstOrThrow({ where: { creatorId: dev.id } });
    expect((await auditEventsOf(team.id)).slice(-2)).toMatchObject([
      { action: "member.removed", metadata: { reassignedResources: 1, revokedApiKeys: 1 } },
      { action: "api_key.revoked", targetId: key.id, targetLabel: "k (rk_x)", metadata: { reason: "its creator was removed from the team" } },
    ]);
    // They hear of it, and from whom; nobody else does.
    const mail = await db.outboxEmail.findMany({ where: { subject: `You were removed from ${team.name} on Roster` } });
    expect(mail.map((m) => m.to)).toEqual([dev.email]);
    expect(mail[0].text).toContain(`${team.users.admin.name} removed you from the team ${team.name}.`);
    expect(mail[0].text).toContain("Your API key for the team stopped working.");
  });

  it("mails nobody when a removal is refused or a member leaves", async () => {
    actAs(team.users.admin);
    expect((await removeMemberAction(team.slug, { membershipId: await membershipId(team.users.owner.id) })).ok).toBe(false);
    actAs(team.users.viewer);
    expect((await leaveTeamAction(team.slug, {})).ok).toBe(true);
    expect(await db.outboxEmail.count({ where: { subject: `You were removed from ${team.name} on Roster` } })).toBe(0);
  });

  it("lets any member leave, except the last Owner", async () => {
    actAs(team.users.viewer);
    expect((await leaveTeamAction(team.slug, {})).ok).toBe(true);
    expect(await membershipOf(team.id, team.users.viewer.id)).toBeNull();
    // Even with a custom role that holds no permission at all.
    const nothing = await db.customRole.create({ data: { teamId: team.id, name: "Nothing", permissions: [] } });
    const bare = await addMember(team.id, "custom", "bare");
    await db.membership.update({ where: { id: bare.membershipId }, data: { customRoleId: nothing.id } });
    actAs(bare);
    expect((await leaveTeamAction(team.slug, {})).ok).toBe(true);
    expect(await membershipOf(team.id, bare.id)).toBeNull();
    actAs(team.users.owner);
    expect(await leaveTeamAction(team.slug, {})).toMatchObject({ ok: false, error: expect.stringMatching(/last Owner cannot leave/) });
  });

  it("never removes the last Owner, even when two Owners remove each other at the same moment", async () => {
    const second = await addMember(team.id, "owner", "owner-b");
    const first = team.users.owner;
    const results = await Promise.all([
      asUser(first, async () => removeMemberAction(team.slug, { membershipId: second.membershipId })),
      asUser(second, async () => removeMemberAction(team.slug, { membershipId: await membershipId(first.id) })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { teamId: team.id, role: "owner" } })).toBe(1);
  });

  it("keeps exactly one Owner under 50 concurrent demotions, removals and leaves", async () => {
    const second = await addMember(team.id, "owner", "owner-c");
    const first = { ...team.users.owner, membershipId: await membershipId(team.users.owner.id) };
    const owners = [first, second];
    const attempts = Array.from({ length: 50 }, (_, i) => {
      const actor = owners[i % 2];
      const other = owners[(i + 1) % 2];
      const kind = i % 3;
      return asUser(actor, (): Promise<{ ok: boolean }> =>
        kind === 0
          ? changeMemberRoleAction(team.slug, { membershipId: other.membershipId, role: "admin" })
          : kind === 1
            ? removeMemberAction(team.slug, { membershipId: other.membershipId })
            : leaveTeamAction(team.slug, {}),
      );
    });
    const results = await Promise.all(attempts);
    expect(results.some((r) => r.ok)).toBe(true);
    expect(await db.membership.count({ where: { teamId: team.id, role: "owner" } })).toBe(1);
  });
});
