import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as exportUsage } from "@/app/t/[team]/billing/usage/export/route";
import { GET as exportMembers } from "@/app/t/[team]/members/export/route";
import { verifyAuditLog } from "@/lib/audit/actions";
import { updateSpendLimit } from "@/lib/billing/actions";
import { createWebhookAction } from "@/lib/webhooks/actions";
import { db } from "@/lib/db/client";
import { cancelInvitesAction, inviteMembersAction } from "@/lib/invites/actions";
import { changeMemberRoleAction, changeMemberRolesAction, removeMemberAction, removeMembersAction } from "@/lib/members/actions";
import { createResourceAction, deleteResourceAction, stopResourceAction } from "@/lib/resources/actions";
import { listResources } from "@/lib/resources/queries";
import { createCustomRoleAction } from "@/lib/roles/actions";
import { deleteTeamAction, updateTeamSettings } from "@/lib/teams/actions";
import { loadMember } from "@/lib/teams/member";
import { actAs } from "@/lib/test/acting-user";
import { addMember, createTeamWithEveryRole, membershipOf, uid, type TeamFixture } from "@/lib/test/fixtures";
import { pendingInvite } from "@/lib/test/scenarios";
import { startTransferAction } from "@/lib/transfer/actions";
import { ALL_PERMISSIONS, BUILT_IN_ROLE_KEYS, can, permissionsOf, type BuiltInRole, type Permission } from ".";

/**
 * Generated from the permission module: every built-in role tries every permission through the
 * real server action (or, for permissions that only gate what a page shows, the real query),
 * on the database. Each scenario reports whether the attempt went through; it must go through
 * exactly when `can` says so. A new permission without a scenario does not compile.
 */
type Attempt = (team: TeamFixture, role: BuiltInRole) => Promise<boolean>;
const succeeded = (r: { ok: boolean }) => r.ok;

/** Actions that need the same permission (for one member, for several) must go through together or not at all. */
function allSucceeded(...results: { ok: boolean }[]): boolean {
  if (new Set(results.map((r) => r.ok)).size > 1) throw new Error(`Actions behind one permission disagree: ${JSON.stringify(results)}`);
  return results[0].ok;
}

async function othersPod(team: TeamFixture, status = "running") {
  const creator = await addMember(team.id, "developer", "creator");
  return db.resource.create({ data: { teamId: team.id, kind: "pod", name: `pod-${uid()}`, status, creatorId: creator.id, hourlyCostCents: 69, runningSince: status === "running" ? new Date() : null } });
}

const ATTEMPTS: Record<Permission, Attempt> = {
  "members.read": async (team) => (await exportMembers(new NextRequest(`http://localhost/t/${team.slug}/members/export`), { params: Promise.resolve({ team: team.slug }) })).status === 200,
  "members.invite": async (team) => {
    const pending = [(await pendingInvite(team)).invitation.id, (await pendingInvite(team)).invitation.id];
    return allSucceeded(
      await inviteMembersAction(team.slug, { emails: `authz-${uid()}@example.test`, role: "viewer", require2fa: false }),
      await cancelInvitesAction(team.slug, { invitationIds: pending }),
    );
  },
  "members.role": async (team) => {
    const [one, two, three] = [await addMember(team.id, "basic", "target"), await addMember(team.id, "basic", "target"), await addMember(team.id, "basic", "target")];
    return allSucceeded(
      await changeMemberRoleAction(team.slug, { membershipId: one.membershipId, role: "viewer" }),
      await changeMemberRolesAction(team.slug, { membershipIds: [two.membershipId, three.membershipId], role: "viewer" }),
    );
  },
  "members.remove": async (team) => {
    const [one, two, three] = [await addMember(team.id, "basic", "target"), await addMember(team.id, "basic", "target"), await addMember(team.id, "basic", "target")];
    return allSucceeded(
      await removeMemberAction(team.slug, { membershipId: one.membershipId }),
      await removeMembersAction(team.slug, { membershipIds: [two.membershipId, three.membershipId] }),
    );
  },
  "members.security": async (team, role) => {
    const member = await loadMember(db, team.slug, team.users[role].id);
    return can(member!, "members.security");
  },
  "team.settings": async (team) => succeeded(await updateTeamSettings(team.slug, { name: `Renamed ${uid()}`, slug: team.slug, defaultRole: "viewer", seatLimit: 50, inviteExpiryDays: 7, require2fa: false })),
  "team.roles": async (team) => succeeded(await createCustomRoleAction(team.slug, { name: `Role ${uid()}`, description: "", permissions: ["members.read"] })),
  "team.transfer": async (team) => succeeded(await startTransferAction(team.slug, { membershipId: (await membershipOf(team.id, team.users.viewer.id))!.id })),
  "team.delete": async (team) => succeeded(await deleteTeamAction(team.slug, { confirmName: team.name })),
  "audit.read": async (team) => succeeded(await verifyAuditLog(team.slug, {})),
  "audit.stream": async (team) => succeeded(await createWebhookAction(team.slug, { url: `https://siem-${uid()}.example.invalid/roster` })),
  "resources.read": async (team, role) => {
    const pod = await othersPod(team);
    const member = await loadMember(db, team.slug, team.users[role].id);
    return (await listResources(db, member!, "pod")).items.some((r) => r.id === pod.id);
  },
  "resources.create": async (team) => succeeded(await createResourceAction(team.slug, { kind: "volume", name: `vol-${uid()}`, sizeGb: 10, region: "eu-west-1" })),
  "resources.manage": async (team) => succeeded(await stopResourceAction(team.slug, { resourceId: (await othersPod(team)).id })),
  "resources.delete": async (team) => succeeded(await deleteResourceAction(team.slug, { resourceId: (await othersPod(team, "stopped")).id })),
  "resources.own": async (team, role) => {
    const own = await db.resource.create({ data: { teamId: team.id, kind: "pod", name: `own-${uid()}`, status: "stopped", creatorId: team.users[role].id } });
    return succeeded(await deleteResourceAction(team.slug, { resourceId: own.id }));
  },
  "billing.read": async (team) => (await exportUsage(new Request("http://localhost/export"), { params: Promise.resolve({ team: team.slug }) })).status === 200,
  "billing.manage": async (team) => succeeded(await updateSpendLimit(team.slug, { limit: "120" })),
};

/** What `can` expects for a role; resources.own is about deleting one's own resource. */
function expected(role: BuiltInRole, permission: Permission): boolean {
  const actor = { userId: "me", permissions: new Set(permissionsOf(role)) };
  return permission === "resources.own" ? can(actor, "resources.delete", { creatorId: "me" }) : can(actor, permission);
}

describe.each(BUILT_IN_ROLE_KEYS)("%s", (role) => {
  it.each(ALL_PERMISSIONS)(`${role} × %s`, async (permission) => {
    const team = await createTeamWithEveryRole();
    actAs(team.users[role]);
    expect(await ATTEMPTS[permission](team, role)).toBe(expected(role, permission));
  });
});
