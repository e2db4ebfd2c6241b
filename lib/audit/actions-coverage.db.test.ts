import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { createTeamWithEveryRole, createUser, uid } from "@/lib/test/fixtures";
import { memberId, pendingInvite, resourceOf, teamAs, transferAwaiting } from "@/lib/test/scenarios";

/**
 * Every exported server action must be listed here with the audit events one successful call
 * writes, and a scenario: `setup` prepares (and picks who acts with actAs), then returns the call.
 * The events counted are the new ones carrying this call's request (a unique user agent) plus
 * any other new event of the teams those belong to, so "exactly these" really means exactly.
 */
type Scenario = { writes: string[]; setup: () => Promise<() => Promise<unknown>> };

const SCENARIOS: Record<string, Scenario> = {
  "lib/teams/actions.ts#createTeam": {
    writes: ["team.created"],
    setup: async () => {
      actAs(await createUser("founder"));
      const { createTeam } = await import("@/lib/teams/actions");
      return () => createTeam({ name: "Scenario Co", slug: `scenario-${uid()}` });
    },
  },
  "lib/teams/actions.ts#updateTeamSettings": {
    writes: ["team.updated"],
    setup: async () => {
      const team = await createTeamWithEveryRole();
      actAs(team.users.admin);
      const { updateTeamSettings } = await import("@/lib/teams/actions");
      return () => updateTeamSettings(team.slug, { name: "Renamed", slug: team.slug, defaultRole: "viewer", seatLimit: 50, inviteExpiryDays: 7, require2fa: false });
    },
  },
  "lib/audit/actions.ts#updateAuditRetention": {
    writes: ["audit.retention_updated"],
    setup: async () => {
      const team = await createTeamWithEveryRole();
      actAs(team.users.owner);
      const { updateAuditRetention } = await import("./actions");
      return () => updateAuditRetention(team.slug, { retentionDays: "90" });
    },
  },
  "lib/audit/actions.ts#verifyAuditLog": {
    writes: ["audit.verified"],
    setup: async () => {
      const team = await createTeamWithEveryRole();
      actAs(team.users.admin);
      const { verifyAuditLog } = await import("./actions");
      return () => verifyAuditLog(team.slug, {});
    },
  },
  "lib/auth/switch-account-action.ts#signOutTo": {
    writes: [],
    setup: async () => {
      const { signOutTo } = await import("@/lib/auth/switch-account-action");
      const form = new FormData();
      form.set("redirectTo", "/sign-in");
      return () => signOutTo(form);
    },
  },
  "lib/teams/actions.ts#deleteTeamAction": {
    writes: ["team.deleted"],
    setup: async () => {
      const team = await teamAs("owner");
      const { deleteTeamAction } = await import("@/lib/teams/actions");
      return () => deleteTeamAction(team.slug, { confirmName: team.name });
    },
  },
  "lib/members/actions.ts#changeMemberRoleAction": {
    writes: ["member.role_changed"],
    setup: async () => {
      const team = await teamAs("admin");
      const id = await memberId(team, "developer");
      const { changeMemberRoleAction } = await import("@/lib/members/actions");
      return () => changeMemberRoleAction(team.slug, { membershipId: id, role: "viewer" });
    },
  },
  "lib/members/actions.ts#removeMemberAction": {
    writes: ["member.removed"],
    setup: async () => {
      const team = await teamAs("admin");
      const id = await memberId(team, "viewer");
      const { removeMemberAction } = await import("@/lib/members/actions");
      return () => removeMemberAction(team.slug, { membershipId: id });
    },
  },
  "lib/members/actions.ts#leaveTeamAction": {
    writes: ["member.left"],
    setup: async () => {
      const team = await teamAs("viewer");
      const { leaveTeamAction } = await import("@/lib/members/actions");
      return () => leaveTeamAction(team.slug, {});
    },
  },
  "lib/members/actions.ts#previewMemberRemoval": {
    writes: [],
    setup: async () => {
      const team = await teamAs("admin");
      const id = await memberId(team, "developer");
      const { previewMemberRemoval } = await import("@/lib/members/actions");
      return () => previewMemberRemoval(team.slug, { membershipId: id });
    },
  },
  "lib/invites/actions.ts#inviteMembersAction": {
    writes: ["invite.created", "invite.created"],
    setup: async () => {
      const team = await teamAs("admin");
      const { inviteMembersAction } = await import("@/lib/invites/actions");
      return () => inviteMembersAction(team.slug, { emails: `a-${uid()}@example.test b-${uid()}@example.test`, role: "viewer", require2fa: false });
    },
  },
  "lib/invites/actions.ts#resendInviteAction": {
    writes: ["invite.resent"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team);
      const { resendInviteAction } = await import("@/lib/invites/actions");
      return () => resendInviteAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#cancelInviteAction": {
    writes: ["invite.cancelled"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team);
      const { cancelInviteAction } = await import("@/lib/invites/actions");
      return () => cancelInviteAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#createInviteLinkAction": {
    writes: ["invite_link.created"],
    setup: async () => {
      const team = await teamAs("admin");
      const { createInviteLinkAction } = await import("@/lib/invites/actions");
      return () => createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: "3", maxUses: "", allowedDomains: "" });
    },
  },
  "lib/invites/actions.ts#revokeInviteLinkAction": {
    writes: ["invite_link.revoked"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team, null);
      const { revokeInviteLinkAction } = await import("@/lib/invites/actions");
      return () => revokeInviteLinkAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#regenerateInviteLinkAction": {
    writes: ["invite_link.regenerated"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team, null);
      const { regenerateInviteLinkAction } = await import("@/lib/invites/actions");
      return () => regenerateInviteLinkAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#acceptInviteAction": {
    writes: ["invite.accepted"],
    setup: async () => {
      const team = await createTeamWithEveryRole();
      const { token } = await pendingInvite(team, null);
      actAs(await createUser("joiner"));
      const { acceptInviteAction } = await import("@/lib/invites/actions");
      return () => acceptInviteAction({ token });
    },
  },
  "lib/transfer/actions.ts#startTransferAction": {
    writes: ["ownership.transfer_requested"],
    setup: async () => {
      const team = await teamAs("owner");
      const id = await memberId(team, "admin");
      const { startTransferAction } = await import("@/lib/transfer/actions");
      return () => startTransferAction(team.slug, { membershipId: id });
    },
  },
  "lib/transfer/actions.ts#cancelTransferAction": {
    writes: ["ownership.transfer_cancelled"],
    setup: async () => {
      const team = await teamAs("owner");
      const { transfer } = await transferAwaiting(team, "awaiting_owner");
      const { cancelTransferAction } = await import("@/lib/transfer/actions");
      return () => cancelTransferAction(team.slug, { transferId: transfer.id });
    },
  },
  "lib/transfer/actions.ts#confirmTransferAction": {
    writes: ["ownership.transfer_confirmed"],
    setup: async () => {
      const team = await teamAs("owner");
      const { ownerToken } = await transferAwaiting(team, "awaiting_owner");
      const { confirmTransferAction } = await import("@/lib/transfer/actions");
      return () => confirmTransferAction({ token: ownerToken });
    },
  },
  "lib/transfer/actions.ts#acceptTransferAction": {
    writes: ["ownership.transferred"],
    setup: async () => {
      const team = await teamAs("admin");
      const { recipientToken } = await transferAwaiting(team, "awaiting_recipient");
      const { acceptTransferAction } = await import("@/lib/transfer/actions");
      return () => acceptTransferAction({ token: recipientToken });
    },
  },
  "lib/roles/actions.ts#createCustomRoleAction": {
    writes: ["custom_role.created"],
    setup: async () => {
      const team = await teamAs("admin");
      const { createCustomRoleAction } = await import("@/lib/roles/actions");
      return () => createCustomRoleAction(team.slug, { name: "Auditor", description: "", permissions: ["audit.read"] });
    },
  },
  "lib/roles/actions.ts#updateCustomRoleAction": {
    writes: ["custom_role.updated"],
    setup: async () => {
      const team = await teamAs("admin");
      const role = await db.customRole.create({ data: { teamId: team.id, name: "Ops", permissions: ["members.read"] } });
      const { updateCustomRoleAction } = await import("@/lib/roles/actions");
      return () => updateCustomRoleAction(team.slug, { roleId: role.id, name: "Ops team", description: "", permissions: ["members.read", "resources.read"] });
    },
  },
  "lib/roles/actions.ts#deleteCustomRoleAction": {
    writes: ["custom_role.deleted"],
    setup: async () => {
      const team = await teamAs("admin");
      const role = await db.customRole.create({ data: { teamId: team.id, name: "Temp", permissions: ["members.read"] } });
      const { deleteCustomRoleAction } = await import("@/lib/roles/actions");
      return () => deleteCustomRoleAction(team.slug, { roleId: role.id });
    },
  },
  "lib/resources/actions.ts#createResourceAction": {
    writes: ["resource.created"],
    setup: async () => {
      const team = await teamAs("developer");
      const { createResourceAction } = await import("@/lib/resources/actions");
      return () => createResourceAction(team.slug, { kind: "volume", name: `vol-${uid()}`, sizeGb: 50, region: "eu-west-1" });
    },
  },
  "lib/resources/actions.ts#startResourceAction": {
    writes: ["resource.started"],
    setup: async () => {
      const team = await teamAs("developer");
      const pod = await resourceOf(team, "pod", "stopped");
      const { startResourceAction } = await import("@/lib/resources/actions");
      return () => startResourceAction(team.slug, { resourceId: pod.id });
    },
  },
  "lib/resources/actions.ts#stopResourceAction": {
    writes: ["resource.stopped"],
    setup: async () => {
      const team = await teamAs("developer");
      const pod = await resourceOf(team, "pod", "running");
      const { stopResourceAction } = await import("@/lib/resources/actions");
      return () => stopResourceAction(team.slug, { resourceId: pod.id });
    },
  },
  "lib/resources/actions.ts#connectResourceAction": {
    writes: ["resource.connected"],
    setup: async () => {
      const team = await teamAs("developer");
      const pod = await resourceOf(team, "pod", "running");
      const { connectResourceAction } = await import("@/lib/resources/actions");
      return () => connectResourceAction(team.slug, { resourceId: pod.id });
    },
  },
  "lib/resources/actions.ts#resizeVolumeAction": {
    writes: ["resource.resized"],
    setup: async () => {
      const team = await teamAs("developer");
      const volume = await resourceOf(team, "volume", "available");
      const { resizeVolumeAction } = await import("@/lib/resources/actions");
      return () => resizeVolumeAction(team.slug, { resourceId: volume.id, sizeGb: 200 });
    },
  },
  "lib/resources/actions.ts#invokeEndpointAction": {
    writes: ["resource.invoked"],
    setup: async () => {
      const team = await teamAs("developer");
      const endpoint = await resourceOf(team, "endpoint", "ready");
      const { invokeEndpointAction } = await import("@/lib/resources/actions");
      return () => invokeEndpointAction(team.slug, { resourceId: endpoint.id, payload: "{}" });
    },
  },
  "lib/resources/actions.ts#deleteResourceAction": {
    writes: ["resource.deleted"],
    setup: async () => {
      const team = await teamAs("developer");
      const pod = await resourceOf(team, "pod", "stopped");
      const { deleteResourceAction } = await import("@/lib/resources/actions");
      return () => deleteResourceAction(team.slug, { resourceId: pod.id });
    },
  },
};

const request = vi.hoisted(() => ({ userAgent: "setup" }));
vi.mock("@/lib/auth/request-context", () => ({
  requestContext: async () => ({ ip: "203.0.113.7", userAgent: request.userAgent }),
  contextFromHeaders: () => ({ ip: "203.0.113.7", userAgent: request.userAgent }),
}));

// Auth.js needs a Next request; sign-in itself is covered where authenticate() writes its events.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined, handlers: {} }));

/** Every "use server" module under lib/ and the names it exports (read from the module itself). */
function serverActionModules(dir = "lib"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : serverActionModules(path);
    return /\.tsx?$/.test(entry.name) && /^\s*["']use server["']/.test(readFileSync(path, "utf8")) ? [path] : [];
  });
}

async function newEvents(after: bigint, userAgent: string) {
  const tagged = await db.auditEvent.findMany({ where: { id: { gt: after }, userAgent }, select: { teamId: true } });
  const teamIds = [...new Set(tagged.flatMap((e) => (e.teamId ? [e.teamId] : [])))];
  return db.auditEvent.findMany({ where: { id: { gt: after }, OR: [{ userAgent }, { teamId: { in: teamIds } }] }, orderBy: { id: "asc" } });
}

describe("every server action writes its audit event", () => {
  const modules = serverActionModules();

  it("finds the server action modules", () => {
    expect(modules).toContain("lib/audit/actions.ts");
  });

  for (const file of modules) {
    it(`${file}: every exported action has a scenario`, async () => {
      const exported = Object.entries(await import(/* @vite-ignore */ `@/${file}`)).filter(([, value]) => typeof value === "function");
      const missing = exported.map(([name]) => `${file}#${name}`).filter((key) => !Object.hasOwn(SCENARIOS, key));
      expect(missing, "add an entry to SCENARIOS in lib/audit/actions-coverage.db.test.ts").toEqual([]);
    });
  }

  for (const [key, { writes, setup }] of Object.entries(SCENARIOS)) {
    it(`${key} writes ${writes.join(", ") || "nothing"}`, async () => {
      request.userAgent = "setup";
      const call = await setup();
      request.userAgent = `scenario ${key} ${uid()}`;
      const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
      const result = (await call()) as { ok?: boolean; error?: string } | undefined;
      expect(result?.ok, result?.error).not.toBe(false);
      const events = await newEvents(last?.id ?? 0n, request.userAgent);
      expect(events.map((e) => e.action)).toEqual(writes);
    });
  }
});
