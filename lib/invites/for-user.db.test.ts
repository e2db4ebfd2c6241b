import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, createUser, membershipOf, tokenFromOutbox, uid, type TeamFixture } from "@/lib/test/fixtures";
import type { CurrentUser } from "@/lib/auth/current-user";
import { describeInvite, NOT_YOUR_INVITATION, STATE_MESSAGES } from "./accept";
import { createInviteLinkAction, declineInvitationAction, inviteMembersAction, joinInvitedTeamAction } from "./actions";
import { invitationsFor } from "./for-user";

let team: TeamFixture;
let invitee: CurrentUser;

const confirm = (user: CurrentUser) => db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });

/** An email invitation to `email` sent by the team's Admin; its id. */
async function inviteByEmail(email: string, role = "developer"): Promise<string> {
  actAs(team.users.admin);
  const result = await inviteMembersAction(team.slug, { emails: email, role, require2fa: false });
  expect(result.ok).toBe(true);
  return (await db.invitation.findFirstOrThrow({ where: { teamId: team.id, email }, orderBy: { createdAt: "desc" } })).id;
}

beforeEach(async () => {
  team = await createTeamWithEveryRole();
  invitee = await createUser("invitee");
});

describe("invitations for the signed-in user", () => {
  it("lists those sent to their address only once they have confirmed it", async () => {
    const id = await inviteByEmail(invitee.email, "viewer");
    expect(await invitationsFor(db, invitee.id)).toEqual([]);
    await confirm(invitee);
    expect(await invitationsFor(db, invitee.id)).toEqual([{ id, teamName: team.name, roleName: "Viewer", inviterName: team.users.admin.name, expiresAt: expect.any(Date), require2fa: false }]);
  });

  it("leaves out links, expired ones, ones whose sender can no longer send them, and teams they are in", async () => {
    await confirm(invitee);
    actAs(team.users.admin);
    expect((await createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: 7, maxUses: "", allowedDomains: "" })).ok).toBe(true);
    const id = await inviteByEmail(invitee.email);
    expect((await invitationsFor(db, invitee.id)).map((i) => i.id)).toEqual([id]);

    await db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await invitationsFor(db, invitee.id)).toEqual([]);
    await db.invitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() + 86_400_000) } });

    const admin = (await membershipOf(team.id, team.users.admin.id))!;
    await db.membership.update({ where: { id: admin.id }, data: { role: "viewer" } });
    expect(await invitationsFor(db, invitee.id)).toEqual([]);
    await db.membership.update({ where: { id: admin.id }, data: { role: "admin" } });

    await db.membership.create({ data: { teamId: team.id, userId: invitee.id, role: "basic" } });
    expect(await invitationsFor(db, invitee.id)).toEqual([]);
  });
});

describe("joining from the list", () => {
  it("joins with the invited role, uses the invitation up and records it", async () => {
    const id = await inviteByEmail(invitee.email, "modifier");
    await confirm(invitee);
    actAs(invitee);
    expect(await joinInvitedTeamAction({ invitationId: id })).toEqual({ ok: true, data: { slug: team.slug } });
    expect((await membershipOf(team.id, invitee.id))?.role).toBe("modifier");
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).status).toBe("accepted");
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({ action: "invite.accepted", actorId: invitee.id, metadata: { via: "email", role: "Modifier" } });
    expect(await invitationsFor(db, invitee.id)).toEqual([]);
  });

  it("says when joining needs two-factor sign-in, and refuses to join without it", async () => {
    actAs(team.users.admin);
    expect((await inviteMembersAction(team.slug, { emails: invitee.email, role: "viewer", require2fa: true })).ok).toBe(true);
    await confirm(invitee);
    const [listed] = await invitationsFor(db, invitee.id);
    expect(listed.require2fa).toBe(true);
    actAs(invitee);
    expect(await joinInvitedTeamAction({ invitationId: listed.id })).toEqual({ ok: false, error: "This invitation requires two-factor sign-in. Turn it on for your account, then join." });
    expect(await membershipOf(team.id, invitee.id)).toBeNull();
  });

  it("refuses alike someone else's invitation, a link, and an address not confirmed, changing nothing", async () => {
    const theirs = await inviteByEmail(`someone-${uid()}@example.test`);
    actAs(team.users.admin);
    await createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: 7, maxUses: "", allowedDomains: "" });
    const link = (await db.invitation.findFirstOrThrow({ where: { teamId: team.id, email: null } })).id;
    const mine = await inviteByEmail(invitee.email);
    const refused = { ok: false, error: NOT_YOUR_INVITATION };

    actAs(invitee);
    expect(await joinInvitedTeamAction({ invitationId: mine })).toEqual(refused); // not confirmed yet
    await confirm(invitee);
    for (const invitationId of [theirs, link, "no-such-invitation"]) {
      expect(await joinInvitedTeamAction({ invitationId })).toEqual(refused);
      expect(await declineInvitationAction({ invitationId })).toEqual(refused);
    }
    expect(await membershipOf(team.id, invitee.id)).toBeNull();
    expect(await db.invitation.count({ where: { teamId: team.id, status: "pending" } })).toBe(3);
  });
});

describe("declining", () => {
  it("stops the invitation, frees its seat, tells the team's log, and its emailed link then says so", async () => {
    const id = await inviteByEmail(invitee.email);
    const token = await tokenFromOutbox(invitee.email, "invite");
    await confirm(invitee);
    actAs(invitee);
    expect(await declineInvitationAction({ invitationId: id })).toEqual({ ok: true, data: { team: team.name } });
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).status).toBe("declined");
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({ action: "invite.declined", actorId: invitee.id, targetType: "invitation", targetId: id, targetLabel: invitee.email });
    expect(await invitationsFor(db, invitee.id)).toEqual([]);
    const notice = await db.outboxEmail.findFirstOrThrow({ where: { to: team.users.admin.email }, orderBy: { createdAt: "desc" } });
    expect(notice.subject).toBe(`${invitee.email} declined your invitation to ${team.name}`);
    expect(notice.text).toContain("The invitation no longer works and no longer holds a seat.");
    expect(await describeInvite(db, token)).toMatchObject({ state: "declined", message: STATE_MESSAGES.declined });
    expect(await declineInvitationAction({ invitationId: id })).toEqual({ ok: false, error: STATE_MESSAGES.declined });
    expect(await joinInvitedTeamAction({ invitationId: id })).toEqual({ ok: false, error: STATE_MESSAGES.declined });

    // The address can be invited again.
    expect(await inviteByEmail(invitee.email)).not.toBe(id);
  });
});
