import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { actAs, asUser } from "@/lib/test/acting-user";
import { addMember, auditEventsOf, createTeamWithEveryRole, createUser, membershipOf, tokenFromOutbox, uid, type TeamFixture } from "@/lib/test/fixtures";
import {
  acceptInviteAction,
  cancelInviteAction,
  cancelInvitesAction,
  createInviteLinkAction,
  inviteMembersAction,
  regenerateInviteLinkAction,
  resendInviteAction,
  revokeInviteLinkAction,
} from "./actions";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/members/actions";
import { sendEmailConfirmationAction } from "@/lib/auth/account-actions";
import { updateTeamSettings } from "@/lib/teams/actions";
import { confirmEmail } from "@/lib/auth/confirm-email";
import { CONFIRM_EMAIL_FIRST, describeInvite, STATE_MESSAGES } from "./accept";
import { INVITE_LIMITS } from "./limits";
import { hashToken, newToken } from "./token";

let team: TeamFixture;
beforeEach(async () => {
  team = await createTeamWithEveryRole();
});

const invite = (emails: string, role = "developer", require2fa = false) => inviteMembersAction(team.slug, { emails, role, require2fa });
const okData = <T>(r: { ok: boolean; data?: T }) => {
  expect(r.ok).toBe(true);
  return (r as { data: T }).data;
};

describe("inviting by email", () => {
  it("gives each address its own outcome and invites the valid ones", async () => {
    actAs(team.users.owner);
    const fresh = `New-${uid()}@Example.test`;
    okData(await invite(`already-${uid()}@example.test`));
    const pending = (await db.invitation.findFirstOrThrow({ where: { teamId: team.id } })).email!;
    const { outcomes } = okData(await invite(`${fresh}, not-an-email\n${team.users.viewer.email} ${pending.toUpperCase()}`));
    expect(outcomes.map((o: { email: string; ok: boolean; message?: string }) => [o.email, o.ok, o.message ?? null])).toEqual([
      [fresh.toLowerCase(), true, null],
      ["not-an-email", false, "Not a valid email address"],
      [team.users.viewer.email, false, "Already a member of this team"],
      [pending, false, "Already invited; resend or cancel that invitation instead"],
    ]);
    const stored = await db.invitation.findFirstOrThrow({ where: { teamId: team.id, email: fresh.toLowerCase() } });
    const token = await tokenFromOutbox(fresh.toLowerCase(), "invite");
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: fresh.toLowerCase() } });
    expect(mail.subject).toBe(`${team.users.owner.name} invited you to join ${team.name} on Roster`);
    expect((await auditEventsOf(team.id)).filter((e) => e.action === "invite.created")).toHaveLength(2);
  });

  it("refuses more than 50 addresses next to the field", async () => {
    actAs(team.users.owner);
    const emails = Array.from({ length: 51 }, (_, i) => `bulk${i}-${uid()}@example.test`).join(",");
    expect(await invite(emails)).toMatchObject({ ok: false, fieldErrors: { emails: "Invite at most 50 addresses at a time" } });
    expect(await db.invitation.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("enforces the seat limit on joined + pending, per address", async () => {
    await db.team.update({ where: { id: team.id }, data: { seatLimit: 10 } }); // 8 members already
    actAs(team.users.owner);
    const { outcomes } = okData(await invite(["a", "b", "c"].map((x) => `${x}-${uid()}@example.test`).join(" ")));
    expect(outcomes.map((o: { ok: boolean }) => o.ok)).toEqual([true, true, false]);
    expect(outcomes[2]).toMatchObject({ message: "Over the team's limit of 10 seats" });
  });

  it("names the members whose access has ended when they hold the seats an invitation needs", async () => {
    await db.team.update({ where: { id: team.id }, data: { seatLimit: 8 } }); // 8 members already
    const ended = new Date(Date.now() - 60_000);
    await db.membership.updateMany({ where: { teamId: team.id, userId: team.users.viewer.id }, data: { accessEndsAt: ended } });
    actAs(team.users.owner);
    const { outcomes } = okData(await invite(`a-${uid()}@example.test`));
    expect(outcomes[0]).toMatchObject({ ok: false, message: "Over the team's limit of 8 seats. 1 member whose access has ended still holds a seat: remove them to free it" });

    await db.membership.updateMany({ where: { teamId: team.id, userId: team.users.basic.id }, data: { accessEndsAt: ended } });
    const lower = await updateTeamSettings(team.slug, { name: team.name, slug: team.slug, defaultRole: "viewer", seatLimit: 7, inviteExpiryDays: 7, require2fa: false });
    expect(lower).toMatchObject({ ok: false, fieldErrors: { seatLimit: "8 seats are in use (members and pending invitations): free some first, or keep the limit at 8 or more. 2 members whose access has ended still hold seats: remove them to free theirs" } });
  });

  it("never exceeds the seat limit when invites race", async () => {
    await db.team.update({ where: { id: team.id }, data: { seatLimit: 12 } });
    const admin = team.users.admin;
    const owner = team.users.owner;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => asUser(i % 2 ? admin : owner, () => inviteMembersAction(team.slug, { emails: `race${i}-${uid()}@example.test`, role: "viewer", require2fa: false }))),
    );
    expect(await db.invitation.count({ where: { teamId: team.id, status: "pending" } })).toBe(4);
  });

  it("limits how many batches a team sends per hour, with the wait time", async () => {
    actAs(team.users.owner);
    for (let i = 0; i < INVITE_LIMITS.batchesPerTeam.limit; i++) expect((await invite("not-an-email")).ok).toBe(true);
    expect(await invite(`late-${uid()}@example.test`)).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many attempts\. Try again in \d+ (seconds?|minutes?)\.$/) });
    expect(await db.invitation.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("caps the role at the inviter's and refuses roles without the permission", async () => {
    actAs(team.users.admin);
    expect(await invite(`x-${uid()}@example.test`, "owner")).toMatchObject({ ok: false, fieldErrors: { role: expect.stringMatching(/Transfer ownership/) } });
    actAs(team.users.developer);
    expect(await invite(`x-${uid()}@example.test`)).toMatchObject({ ok: false, error: expect.stringMatching(/does not allow/) });
  });
});

describe("accepting", () => {
  async function invited(email: string, role = "modifier") {
    actAs(team.users.owner);
    okData(await invite(email, role));
    return tokenFromOutbox(email.toLowerCase(), "invite");
  }

  it("joins with the invited role once, matching the email case-insensitively", async () => {
    const invitee = await createUser("invitee");
    const token = await invited(invitee.email.toUpperCase());
    actAs(invitee);
    expect(await acceptInviteAction({ token })).toEqual({ ok: true, data: { slug: team.slug } });
    expect((await membershipOf(team.id, invitee.id))?.role).toBe("modifier");
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({ action: "invite.accepted", actorId: invitee.id });
    const other = await createUser("other");
    actAs(other);
    expect(await acceptInviteAction({ token })).toMatchObject({ ok: false, error: "This invitation has already been used." });
  });

  it("explains a different signed-in account and changes nothing", async () => {
    const token = await invited(`someone-${uid()}@example.test`);
    const wrong = await createUser("wrong");
    actAs(wrong);
    expect(await acceptInviteAction({ token })).toMatchObject({ ok: false, error: expect.stringMatching(/was sent to .* but you are signed in as/) });
    expect(await membershipOf(team.id, wrong.id)).toBeNull();
  });

  it("refuses cancelled, expired and guessed tokens with clear messages", async () => {
    const a = await createUser("a");
    const tokenA = await invited(a.email);
    const inv = await db.invitation.findFirstOrThrow({ where: { email: a.email } });
    actAs(team.users.owner);
    okData(await cancelInviteAction(team.slug, { invitationId: inv.id }));
    actAs(a);
    expect(await acceptInviteAction({ token: tokenA })).toMatchObject({ ok: false, error: expect.stringMatching(/cancelled/) });

    const b = await createUser("b");
    const tokenB = await invited(b.email);
    await db.invitation.updateMany({ where: { email: b.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    actAs(b);
    expect(await acceptInviteAction({ token: tokenB })).toMatchObject({ ok: false, error: expect.stringMatching(/expired/) });
    expect(await acceptInviteAction({ token: "A".repeat(43) })).toMatchObject({ ok: false, error: expect.stringMatching(/not valid/) });
  });

  it("re-checks seats at acceptance", async () => {
    const c = await createUser("c");
    const token = await invited(c.email);
    await addMember(team.id, "viewer");
    await db.team.update({ where: { id: team.id }, data: { seatLimit: 9 } });
    actAs(c);
    expect(await acceptInviteAction({ token })).toMatchObject({ ok: false, error: expect.stringMatching(/no free seats/) });
  });

  it("requires two-factor sign-in when the invitation says so", async () => {
    const d = await createUser("d");
    actAs(team.users.owner);
    okData(await invite(d.email, "viewer", true));
    const token = await tokenFromOutbox(d.email, "invite");
    actAs(d);
    expect(await acceptInviteAction({ token })).toMatchObject({ ok: false, error: expect.stringMatching(/two-factor/) });
    await db.user.update({ where: { id: d.id }, data: { totpEnabled: true } });
    actAs({ ...d, totpEnabled: true });
    expect((await acceptInviteAction({ token })).ok).toBe(true);
  });

  it("waits its turn behind a slow transaction that holds the invitation, rather than failing", async () => {
    const g = await createUser("g");
    const token = await invited(g.email);
    let locked!: () => void;
    let release!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const holder = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Invitation" WHERE "tokenHash" = ${hashToken(token)} FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 30_000 },
    );
    await lockTaken;
    const accepted = asUser(g, () => acceptInviteAction({ token }));
    // Longer than Prisma's default transaction limits (2 s for a connection, 5 s in all).
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    release();
    await holder;
    expect(await accepted).toMatchObject({ ok: true });
    expect(await membershipOf(team.id, g.id)).not.toBeNull();
  });

  it("makes exactly one membership from 20 concurrent accepts", async () => {
    const e = await createUser("e");
    const token = await invited(e.email);
    const results = await Promise.all(Array.from({ length: 20 }, () => asUser(e, () => acceptInviteAction({ token }))));
    expect(results.every((r) => r.ok || /already been used/.test(String(r.error)))).toBe(true);
    expect(await db.membership.count({ where: { teamId: team.id, userId: e.id } })).toBe(1);
  });
});

describe("shareable invite links", () => {
  it("admits allowed domains up to max uses, one membership per person even under a race", async () => {
    actAs(team.users.admin);
    const { link } = okData(await createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: "7", maxUses: "1", allowedDomains: "example.test, @other.test" }));
    const token = link.split("/invite/")[1];
    const people = await Promise.all(Array.from({ length: 20 }, (_, i) => createUser(`link${i}`)));
    await db.user.updateMany({ where: { id: { in: people.map((p) => p.id) } }, data: { emailVerified: new Date() } });
    await Promise.all(people.map((p) => asUser(p, () => acceptInviteAction({ token }))));
    expect(await db.membership.count({ where: { teamId: team.id, userId: { in: people.map((p) => p.id) } } })).toBe(1);
  });

  it("refuses other domains, and old URLs after revoke or regenerate", async () => {
    actAs(team.users.owner);
    const first = okData(await createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: "", maxUses: "", allowedDomains: "corp.test" }));
    const token = first.link.split("/invite/")[1];
    actAs(await createUser("outsider"));
    expect(await acceptInviteAction({ token })).toMatchObject({ ok: false, error: expect.stringMatching(/only admits addresses at corp.test/) });

    actAs(team.users.owner);
    const regenerated = okData(await regenerateInviteLinkAction(team.slug, { invitationId: first.invitationId }));
    actAs(await createUser("late"));
    const replaced = `This link was replaced by a new one. Ask ${team.users.owner.name} or a team admin for the new link.`;
    expect(await acceptInviteAction({ token })).toEqual({ ok: false, error: replaced });
    expect(await describeInvite(db, token)).toEqual({ state: "replaced", message: replaced, invitation: null });
    expect(await acceptInviteAction({ token: newToken().token })).toEqual({ ok: false, error: STATE_MESSAGES.invalid });
    actAs(team.users.owner);
    okData(await revokeInviteLinkAction(team.slug, { invitationId: first.invitationId }));
    expect(await acceptInviteAction({ token: regenerated.link.split("/invite/")[1] })).toMatchObject({ ok: false, error: expect.stringMatching(/cancelled/) });
    // Once the link is gone, its older URL says so too.
    expect(await describeInvite(db, token)).toMatchObject({ state: "cancelled", message: STATE_MESSAGES.cancelled });
  });

  it("limited to domains admit an address only once its owner has confirmed it", async () => {
    actAs(team.users.admin);
    const { link } = okData(await createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: "", maxUses: "", allowedDomains: "example.test" }));
    const token = link.split("/invite/")[1];
    const claimant = await createUser("claimant");
    actAs(claimant);
    expect(await acceptInviteAction({ token })).toEqual({ ok: false, error: CONFIRM_EMAIL_FIRST });
    expect(await membershipOf(team.id, claimant.id)).toBeNull();

    expect(await sendEmailConfirmationAction({ next: `/invite/${token}` })).toEqual({ ok: true, data: { email: claimant.email } });
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: claimant.email }, orderBy: { createdAt: "desc" } });
    const confirmation = new URL(/https?:\/\/\S+\/confirm-email\?\S+/.exec(mail.text)![0]);
    expect(confirmation.searchParams.get("next")).toBe(`/invite/${token}`);
    const confirmationToken = confirmation.searchParams.get("token")!;
    const request = { ip: null, userAgent: null };
    // Opened by anyone but its owner (a mail scanner, another account), it confirms nothing and stays usable.
    expect(await confirmEmail(db, confirmationToken, team.users.viewer.id, request)).toBe(false);
    expect(await confirmEmail(db, confirmationToken, claimant.id, request)).toBe(true);
    expect(await confirmEmail(db, confirmationToken, claimant.id, request)).toBe(false);
    expect(await acceptInviteAction({ token })).toEqual({ ok: true, data: { slug: team.slug } });
  });

  it("stop working once their creator can no longer invite with their role", async () => {
    const mallory = await addMember(team.id, "admin", "mallory");
    actAs(mallory);
    const { link } = okData(await createInviteLinkAction(team.slug, { role: "admin", expiresInDays: "", maxUses: "", allowedDomains: "" }));
    const token = link.split("/invite/")[1];
    actAs(team.users.owner);
    okData(await changeMemberRoleAction(team.slug, { membershipId: mallory.membershipId, role: "developer" }));
    const newcomer = await createUser("newcomer");
    actAs(newcomer);
    expect(await describeInvite(db, token)).toMatchObject({ state: "withdrawn" });
    expect(await acceptInviteAction({ token })).toEqual({ ok: false, error: STATE_MESSAGES.withdrawn });
    actAs(team.users.owner);
    okData(await removeMemberAction(team.slug, { membershipId: mallory.membershipId }));
    actAs(mallory);
    expect(await acceptInviteAction({ token })).toEqual({ ok: false, error: STATE_MESSAGES.withdrawn });
    expect(await membershipOf(team.id, mallory.id)).toBeNull();
    expect(await membershipOf(team.id, newcomer.id)).toBeNull();
  });

  it("work again once someone who may grant their role regenerates them, as theirs", async () => {
    const leaving = await addMember(team.id, "admin", "leaving");
    actAs(leaving);
    const { invitationId } = okData(await createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: "", maxUses: "", allowedDomains: "" }));
    actAs(team.users.owner);
    okData(await removeMemberAction(team.slug, { membershipId: leaving.membershipId }));
    const { link } = okData(await regenerateInviteLinkAction(team.slug, { invitationId }));
    actAs(await createUser("joiner"));
    expect((await acceptInviteAction({ token: link.split("/invite/")[1] })).ok).toBe(true);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).inviterId).toBe(team.users.owner.id);
  });

  it("validates link settings next to each field", async () => {
    actAs(team.users.owner);
    expect(await createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: "0", maxUses: "abc", allowedDomains: "not a domain!" })).toMatchObject({
      ok: false,
      fieldErrors: { expiresInDays: expect.any(String), maxUses: expect.any(String), "allowedDomains.0": expect.any(String) },
    });
  });
});

describe("resending", () => {
  it("sends a fresh link, kills the old one and is rate-limited", async () => {
    actAs(team.users.owner);
    const email = `resend-${uid()}@example.test`;
    okData(await invite(email));
    const oldToken = await tokenFromOutbox(email, "invite");
    const inv = await db.invitation.findFirstOrThrow({ where: { email } });
    expect(await resendInviteAction(team.slug, { invitationId: inv.id })).toMatchObject({ ok: false, error: expect.stringMatching(/resend it in (\d+ seconds?|1 minute)\./) });
    await db.invitation.update({ where: { id: inv.id }, data: { lastSentAt: new Date(Date.now() - 120_000) } });
    okData(await resendInviteAction(team.slug, { invitationId: inv.id }));
    expect((await db.invitation.findUniqueOrThrow({ where: { id: inv.id } })).tokenHash).not.toBe(hashToken(oldToken));
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(2);
  });

  it("leaves the old links saying they were replaced by a newer email, until the invitation is used", async () => {
    actAs(team.users.owner);
    const email = `replaced-${uid()}@example.test`;
    okData(await invite(email));
    const first = await tokenFromOutbox(email, "invite");
    const inv = await db.invitation.findFirstOrThrow({ where: { email } });
    const resend = async () => {
      await db.invitation.update({ where: { id: inv.id }, data: { lastSentAt: new Date(Date.now() - 120_000) } });
      return okData(await resendInviteAction(team.slug, { invitationId: inv.id })).link.split("/invite/")[1];
    };
    const second = await resend();
    const latest = await resend();
    const replaced = `This invitation was replaced by a newer email to ${email}. Open the link in the latest invitation email.`;
    for (const token of [first, second]) expect(await describeInvite(db, token)).toEqual({ state: "replaced", message: replaced, invitation: null });
    const invitee = await db.user.create({ data: { email, name: "Invitee" }, select: { id: true, email: true, name: true, totpEnabled: true } });
    actAs(invitee);
    expect(await acceptInviteAction({ token: first })).toEqual({ ok: false, error: replaced });
    expect(await membershipOf(team.id, invitee.id)).toBeNull();
    expect(await acceptInviteAction({ token: latest })).toEqual({ ok: true, data: { slug: team.slug } });
    expect(await describeInvite(db, second)).toMatchObject({ state: "used", message: STATE_MESSAGES.used });
  });
});

describe("cancelling several invitations", () => {
  const pendingIds = async (...emails: string[]) =>
    (await db.invitation.findMany({ where: { teamId: team.id, email: { in: emails } }, orderBy: { email: "asc" } })).map((i) => i.id);

  it("cancels each one with an event each, or none when one is no longer pending", async () => {
    actAs(team.users.admin);
    const emails = [`c1-${uid()}@example.test`, `c2-${uid()}@example.test`, `c3-${uid()}@example.test`].sort();
    okData(await invite(emails.join(", ")));
    const [one, two, three] = await pendingIds(...emails);
    okData(await cancelInviteAction(team.slug, { invitationId: three }));
    expect(await cancelInvitesAction(team.slug, { invitationIds: [one, three] })).toMatchObject({
      ok: false,
      error: "One of the selected invitations is no longer pending. Reload and try again.",
    });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: one } })).status).toBe("pending");

    expect(await cancelInvitesAction(team.slug, { invitationIds: [one, two] })).toEqual({ ok: true, data: { count: 2 } });
    expect((await db.invitation.findMany({ where: { id: { in: [one, two] } } })).map((i) => i.status)).toEqual(["cancelled", "cancelled"]);
    expect((await auditEventsOf(team.id)).slice(-2).map((e) => [e.action, e.targetId])).toEqual([
      ["invite.cancelled", one],
      ["invite.cancelled", two],
    ]);
  });

  it("refuses members who may not invite, invite links and other teams' invitations", async () => {
    actAs(team.users.owner);
    const email = `c-${uid()}@example.test`;
    okData(await invite(email));
    const [id] = await pendingIds(email);
    okData(await createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: "", maxUses: "", allowedDomains: "" }));
    const { id: linkId } = await db.invitation.findFirstOrThrow({ where: { teamId: team.id, email: null } });
    expect(await cancelInvitesAction(team.slug, { invitationIds: [id, linkId] })).toMatchObject({ ok: false, error: expect.stringMatching(/^One of the selected invitations/) });
    const other = await createTeamWithEveryRole();
    const foreign = await db.invitation.create({
      data: { teamId: other.id, email: `f-${uid()}@example.test`, role: "viewer", tokenHash: `h-${uid()}`, inviterId: other.users.owner.id, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    expect((await cancelInvitesAction(team.slug, { invitationIds: [foreign.id] })).ok).toBe(false);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("pending");

    actAs(team.users.developer);
    expect(await cancelInvitesAction(team.slug, { invitationIds: [id] })).toMatchObject({ ok: false, error: expect.stringMatching(/does not allow/) });
    expect((await db.invitation.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });
});
