import { describe, expect, it, vi } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { signOut } from "@/lib/auth/auth";
import { confirmTotpEnrolment, startTotpEnrolment } from "@/lib/auth/account-actions";
import { registerUser } from "@/lib/auth/register";
import { signUpSchema } from "@/lib/auth/schemas";
import { sessionUser } from "@/lib/auth/session-user";
import { totpCode, totpStep } from "@/lib/auth/totp";
import { verifyTeamChain } from "@/lib/audit/verify";
import { db } from "@/lib/db/client";
import { ACCOUNT_DELETED_SUBJECT } from "@/lib/email/templates/account-deleted";
import { actAs, asUser } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, createUser, uid } from "@/lib/test/fixtures";
import { transferAwaiting } from "@/lib/test/scenarios";
import { deleteAccountAction } from "./actions";

vi.mock("@/lib/auth/auth", () => ({ reissueSession: vi.fn(), signOut: vi.fn() }));

const PASSWORD = "long-enough-password";
const request = () => ({ ip: `198.51.100.${uid()}`, userAgent: "test" });

/** A user who signed up with a password, acting from now on. */
async function signedUp(name = "Dana Deleted") {
  const email = `del-${uid()}@example.test`;
  const { id } = await registerUser(db, signUpSchema.parse({ name, email, password: PASSWORD }), request());
  const user = { id, email, name, totpEnabled: false };
  actAs(user);
  return user;
}

/** Everything deleting could touch, to show a refusal changed nothing. */
async function snapshot(userId: string) {
  const [user, memberships, keys, resources, transfers, events] = await Promise.all([
    db.user.findUnique({ where: { id: userId } }),
    db.membership.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.apiKey.findMany({ where: { creatorId: userId }, orderBy: { id: "asc" } }),
    db.resource.findMany({ where: { creatorId: userId }, orderBy: { id: "asc" } }),
    db.ownershipTransfer.findMany({ where: { OR: [{ fromUserId: userId }, { toUserId: userId }] }, orderBy: { id: "asc" } }),
    db.auditEvent.count({ where: { actorId: userId, action: { not: "auth.sign_in_failed" } } }),
  ]);
  return { user, memberships, keys, resources, transfers, events };
}

describe("deleting one's account", () => {
  it("leaves every team as leaving does, cancels open transfers, mails a confirmation and removes the user in one go", async () => {
    const user = await signedUp();
    const dev = await createTeamWithEveryRole();
    const owned = await createTeamWithEveryRole();
    await db.membership.create({ data: { teamId: dev.id, userId: user.id, role: "developer" } });
    await db.membership.create({ data: { teamId: owned.id, userId: user.id, role: "owner" } });
    const pod = await db.resource.create({ data: { teamId: dev.id, kind: "pod", name: "train", status: "stopped", creatorId: user.id } });
    const key = await db.apiKey.create({ data: { teamId: dev.id, name: "ci", prefix: "rk_del", keyHash: `hash-${uid()}`, role: "viewer", creatorId: user.id } });
    // An ownership transfer from the team's first Owner to our user, waiting for them to accept.
    const { transfer } = await transferAwaiting({ ...owned, users: { ...owned.users, admin: user } }, "awaiting_recipient");
    await db.verificationToken.create({ data: { identifier: user.email, token: `magic-${uid()}`, expires: new Date(Date.now() + 60_000) } });
    vi.mocked(signOut).mockClear();

    expect(await deleteAccountAction({ email: ` ${user.email.toUpperCase()} `, password: PASSWORD })).toEqual({ ok: true, data: null });

    expect(signOut).toHaveBeenCalledWith({ redirectTo: "/sign-in?deleted=1" });
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.formerMember.count({ where: { userId: user.id } })).toBe(0);
    expect(await sessionUser(db, { user: { id: user.id }, sessionVersion: 0, sessionId: "any" })).toBeNull();
    // The pod passes to the longest-standing Owner; the key is revoked.
    expect(await db.resource.findUniqueOrThrow({ where: { id: pod.id } })).toMatchObject({ creatorId: dev.users.owner.id });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).not.toBeNull();
    expect(await db.ownershipTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).toMatchObject({ status: "cancelled" });
    expect(await db.verificationToken.count({ where: { identifier: user.email } })).toBe(0);

    const devEvents = (await auditEventsOf(dev.id)).slice(-2);
    expect(devEvents.map((e) => [e.action, e.actorId, e.actorName])).toEqual([
      ["member.left", user.id, user.name],
      ["api_key.revoked", user.id, user.name],
    ]);
    expect(devEvents[0].metadata).toMatchObject({ accountDeleted: true, reassignedResources: 1, reassignedTo: dev.users.owner.email, revokedApiKeys: 1, before: { role: "developer" } });
    expect(devEvents[1].metadata).toEqual({ reason: "its creator deleted their account" });
    const ownedEvents = (await auditEventsOf(owned.id)).slice(-2);
    expect(ownedEvents.map((e) => [e.action, e.targetId])).toEqual([
      ["member.left", expect.any(String)],
      ["ownership.transfer_cancelled", transfer.id],
    ]);
    expect(ownedEvents[1].metadata).toEqual({ accountDeleted: true });
    expect(await verifyTeamChain(db, dev.id)).toMatchObject({ ok: true });
    expect(await verifyTeamChain(db, owned.id)).toMatchObject({ ok: true });
    const own = await db.auditEvent.findFirstOrThrow({ where: { teamId: null, actorId: user.id }, orderBy: { id: "desc" } });
    expect(own).toMatchObject({ action: "auth.account_deleted", actorName: user.name, metadata: { email: user.email, teamsLeft: 2 } });

    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: user.email, subject: ACCOUNT_DELETED_SUBJECT } });
    expect(mail.text).toContain(`Your Roster account ${user.email} was deleted`);
    expect(mail.text).toContain(dev.name);
    expect(mail.text).toContain(owned.name);
  });

  it("after it, signing in fails like any unknown account and the address can sign up afresh", async () => {
    const user = await signedUp();
    const team = await createTeamWithEveryRole();
    await db.membership.create({ data: { teamId: team.id, userId: user.id, role: "viewer" } });
    expect((await deleteAccountAction({ email: user.email, password: PASSWORD })).ok).toBe(true);

    expect(await authenticate(db, { email: user.email, password: PASSWORD }, request())).toEqual({ ok: false, reason: "invalid_credentials" });
    const again = await registerUser(db, signUpSchema.parse({ name: "Dana Again", email: user.email, password: "another-long-password" }), request());
    expect(again.id).not.toBe(user.id);
    expect(await db.membership.count({ where: { userId: again.id } })).toBe(0);
    expect(await authenticate(db, { email: user.email, password: "another-long-password" }, request())).toMatchObject({ ok: true, user: { id: again.id } });
  });

  it("is refused while the user is the only Owner of a team, naming each such team; co-owned teams are fine", async () => {
    const user = await signedUp();
    const alone = await db.team.create({ data: { slug: `alone-${uid()}`, name: `Alone ${uid()}` } });
    const shared = await createTeamWithEveryRole();
    await db.membership.create({ data: { teamId: alone.id, userId: user.id, role: "owner" } });
    await db.membership.create({ data: { teamId: shared.id, userId: user.id, role: "owner" } });
    const before = await snapshot(user.id);

    const result = await deleteAccountAction({ email: user.email, password: PASSWORD });
    expect(result).toEqual({ ok: false, error: `You are the only Owner of ${alone.name}. A team always needs an Owner: transfer ownership of it or delete it first.` });
    expect(await snapshot(user.id)).toEqual(before);
    expect(await auditEventsOf(shared.id).then((events) => events.filter((e) => e.actorId === user.id))).toEqual([]);

    // Once someone else owns it too, the account can go.
    const other = await createUser("co-owner");
    await db.membership.create({ data: { teamId: alone.id, userId: other.id, role: "owner" } });
    expect((await deleteAccountAction({ email: user.email, password: PASSWORD })).ok).toBe(true);
    expect(await db.membership.findMany({ where: { teamId: alone.id }, select: { userId: true } })).toEqual([{ userId: other.id }]);
  });

  it("needs the account's own address typed and its password; wrong input is answered next to the field and changes nothing", async () => {
    const user = await signedUp();
    const team = await createTeamWithEveryRole();
    await db.membership.create({ data: { teamId: team.id, userId: user.id, role: "admin" } });
    const before = await snapshot(user.id);

    expect(await deleteAccountAction({ email: "", password: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { email: "Type your email address to confirm" } });
    expect(await deleteAccountAction({ email: "someone-else@example.test", password: PASSWORD })).toEqual({
      ok: false,
      error: "Check the highlighted fields.",
      fieldErrors: { email: "That is not your email address." },
    });
    expect(await deleteAccountAction({ email: user.email })).toEqual({ ok: false, error: "Check the highlighted fields.", fieldErrors: { password: "Enter your password" } });
    expect(await deleteAccountAction({ email: user.email, password: "not-the-password" })).toEqual({
      ok: false,
      error: "Check the highlighted fields.",
      fieldErrors: { password: "That is not your current password." },
    });
    expect(await snapshot(user.id)).toEqual(before);
    expect(await db.outboxEmail.count({ where: { to: user.email, subject: ACCOUNT_DELETED_SUBJECT } })).toBe(0);
  });

  it("limits password guesses like the other current-password checks, then refuses even the right one", async () => {
    const user = await signedUp();
    for (let i = 0; i < 10; i++) expect((await deleteAccountAction({ email: user.email, password: `wrong-password-${i}` })).ok).toBe(false);
    expect(await deleteAccountAction({ email: user.email, password: PASSWORD })).toEqual({ ok: false, error: expect.stringMatching(/^Too many attempts\. Try again in \d+ (seconds|minutes?)\.$/) });
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
  });

  it("with 2FA on, also needs a current code or a recovery code", async () => {
    const user = await signedUp();
    const started = await startTotpEnrolment({});
    if (!started.ok) throw new Error(String(started.error));
    // The current step's code: one from the step before is refused if a 30-second boundary passes before it is checked.
    const confirmed = await confirmTotpEnrolment({ code: totpCode(started.data.secret, totpStep()) });
    if (!confirmed.ok) throw new Error(String(confirmed.error));
    actAs({ ...user, totpEnabled: true });

    expect(await deleteAccountAction({ email: user.email, password: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { code: expect.stringMatching(/^Enter the code/) } });
    const wrong = String((Number(totpCode(started.data.secret, totpStep())) + 1) % 1_000_000).padStart(6, "0");
    expect(await deleteAccountAction({ email: user.email, password: PASSWORD, code: wrong })).toMatchObject({ ok: false, fieldErrors: { code: expect.stringMatching(/not valid/) } });
    expect(await deleteAccountAction({ email: user.email, password: "not-the-password", code: confirmed.data.recoveryCodes[0] })).toMatchObject({
      ok: false,
      fieldErrors: { password: expect.any(String) },
    });
    // The refused attempt did not use up the recovery code.
    expect((await deleteAccountAction({ email: user.email, password: PASSWORD, code: confirmed.data.recoveryCodes[0] })).ok).toBe(true);
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
  });

  it("an account without a password (magic links only) confirms with its address", async () => {
    const user = await createUser("linkonly");
    actAs(user);
    expect((await deleteAccountAction({ email: user.email })).ok).toBe(true);
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
  });

  it("two Owners of one team deleting their accounts at once: exactly one goes, the team keeps an Owner", async () => {
    const team = await db.team.create({ data: { slug: `pair-${uid()}`, name: `Pair ${uid()}` } });
    const [a, b] = [await signedUp("Owner A"), await signedUp("Owner B")];
    for (const u of [a, b]) await db.membership.create({ data: { teamId: team.id, userId: u.id, role: "owner" } });
    const results = await Promise.all([a, b].map((u) => asUser(u, () => deleteAccountAction({ email: u.email, password: PASSWORD }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ error: expect.stringMatching(/^You are the only Owner of Pair/) });
    expect(await db.membership.count({ where: { teamId: team.id, role: "owner" } })).toBe(1);
  });
});
