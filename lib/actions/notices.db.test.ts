import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { sendDueNotices } from "@/lib/email/notice-queue";
import { cancelInviteAction, inviteMembersAction, resendInviteAction } from "@/lib/invites/actions";
import { listMembers } from "@/lib/members/list";
import { changeMemberRoleAction, removeMembersAction, setAccessEndAction } from "@/lib/members/actions";
import { actAs } from "@/lib/test/acting-user";
import { withFakeResend } from "@/lib/test/fake-resend";
import { createTeamWithEveryRole, membershipOf, uid, type TeamFixture } from "@/lib/test/fixtures";

// Through the real Resend SDK, against a local fake of its API that records what it is sent.
const fake = withFakeResend();
let team: TeamFixture;
const sent = () => fake.received.map((r) => r.body);
const membershipId = async (userId: string) => (await membershipOf(team.id, userId))!.id;

/** Invites a fresh address as a Viewer, as whoever acts. */
async function invite(email = `invited-${uid()}@example.test`) {
  const result = await inviteMembersAction(team.slug, { emails: email, role: "viewer", require2fa: false });
  const [outcome] = result.ok ? result.data.outcomes : [];
  if (!outcome?.ok) throw new Error(`not invited: ${JSON.stringify(result)}`);
  return { email, id: outcome.invitationId };
}
const makeDue = (to: string) => db.pendingNotice.updateMany({ where: { to }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });

beforeEach(async () => {
  team = await createTeamWithEveryRole();
  fake.received.length = 0;
  fake.status = 200;
  fake.message = "bad sender";
  fake.onlyTo = null;
});

describe("mail that reports a change to a member", () => {
  it("tells them their new role and their access end date, naming who changed it", async () => {
    actAs(team.users.admin);
    const developer = await membershipId(team.users.developer.id);
    expect((await changeMemberRoleAction(team.slug, { membershipId: developer, role: "viewer" })).ok).toBe(true);
    expect((await setAccessEndAction(team.slug, { membershipId: developer, lastDay: "" })).ok).toBe(true); // no change, no mail
    expect((await setAccessEndAction(team.slug, { membershipId: developer, lastDay: new Date(Date.now() + 9 * 86_400_000).toISOString().slice(0, 10) })).ok).toBe(true);
    expect(sent().map((m) => [m.to, m.subject])).toEqual([
      [team.users.developer.email, `Your role in ${team.name} on Roster is now Viewer`],
      [team.users.developer.email, expect.stringMatching(new RegExp(`^Your access to ${team.name} on Roster now lasts until \\d+ \\w+ \\d{4}$`))],
    ]);
    expect(sent()[0].text).toContain(`${team.users.admin.name} changed your role in the team ${team.name} from Developer to Viewer`);
  });

  it("is not sent for a bulk change that was refused and undone", async () => {
    actAs(team.users.admin);
    const ids = [await membershipId(team.users.viewer.id), await membershipId(team.users.owner.id)];
    expect((await removeMembersAction(team.slug, { membershipIds: ids })).ok).toBe(false);
    expect(sent()).toEqual([]);
    expect((await removeMembersAction(team.slug, { membershipIds: ids.slice(0, 1) })).ok).toBe(true);
    expect(sent().map((m) => m.to)).toEqual([team.users.viewer.email]);
  });

  it("an invitation stands when the provider refuses its email, which goes on a later try with the link shown", async () => {
    fake.status = 500;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    actAs(team.users.admin);
    const email = `queued-${uid()}@example.test`;
    const result = await inviteMembersAction(team.slug, { emails: email, role: "viewer", require2fa: false });
    const [outcome] = result.ok ? result.data.outcomes : [];
    expect(outcome).toMatchObject({ email, ok: true, link: expect.stringContaining("/invite/") });
    expect(await db.invitation.count({ where: { teamId: team.id, email, status: "pending" } })).toBe(1);
    expect(await db.pendingNotice.findFirst({ where: { to: email } })).toMatchObject({ template: "invitation", attempts: 1 });
    log.mockRestore();

    fake.status = 200;
    await db.pendingNotice.updateMany({ where: { to: email }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await sendDueNotices(db);
    const mail = sent().findLast((m) => m.to === email);
    expect(mail?.text).toContain(outcome.ok ? outcome.link : "no link");
    expect(await db.pendingNotice.count({ where: { to: email } })).toBe(0);
  });

  it("an invitation whose email is refused says why in the members list until a try goes through", async () => {
    fake.status = 503;
    fake.message = "Service unavailable";
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    actAs(team.users.admin);
    const { email, id } = await invite();
    const waiting = await db.invitation.findUniqueOrThrow({ where: { id } });
    expect(waiting.mailError).toBe("The mail provider refused it: Service unavailable");
    expect(waiting.mailRetryAt!.getTime()).toBeGreaterThan(Date.now() + 60_000);
    const { rows } = await listMembers(db, team.id, { q: email });
    expect(rows).toEqual([expect.objectContaining({ kind: "invite", email, mailError: waiting.mailError, mailRetryAt: waiting.mailRetryAt })]);
    expect(sent().some((m) => m.to === team.users.admin.email)).toBe(false); // its sender is told only once it is given up

    fake.status = 200;
    await makeDue(email);
    await sendDueNotices(db);
    expect(sent().filter((m) => m.to === email)).toHaveLength(2);
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toMatchObject({ mailError: null, mailRetryAt: null });
    log.mockRestore();
  });

  it("an invitation email the provider calls invalid is given up at once, and resending tries again", async () => {
    const email = `invalid-${uid()}@example.test`;
    [fake.status, fake.message, fake.onlyTo] = [422, "Invalid `to` field.", email];
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    actAs(team.users.admin);
    const { id } = await invite(email);
    expect(await db.pendingNotice.count({ where: { to: email } })).toBe(0);
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toMatchObject({ mailError: "The mail provider refused it: Invalid `to` field.", mailRetryAt: null });
    expect(log).toHaveBeenCalledWith(expect.stringContaining("(try 1, the last: dropped)"), expect.anything());
    // Whoever sent it is told, with the provider's reason and a link to the invitations whose email did not go.
    const told = sent().filter((m) => m.to === team.users.admin.email);
    expect(told.map((m) => m.subject)).toEqual([`Your invitation to ${email} for ${team.name} could not be emailed`]);
    expect(told[0].text).toContain("has stopped trying. The mail provider refused it: Invalid `to` field.");
    expect(told[0].text).toContain(`/t/${team.slug}/members?status=unsent`);
    expect(await db.pendingNotice.count({ where: { to: team.users.admin.email } })).toBe(0);

    fake.status = 200;
    await db.invitation.update({ where: { id }, data: { lastSentAt: new Date(Date.now() - 120_000) } });
    const resent = await resendInviteAction(team.slug, { invitationId: id });
    expect(resent.ok).toBe(true);
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toMatchObject({ mailError: null, mailRetryAt: null });
    expect(sent().findLast((m) => m.to === email)?.text).toContain(resent.ok ? resent.data.link : "no link");
    log.mockRestore();
  });

  it("an invitation's waiting email is not sent once it is cancelled, nor its old link once it is resent", async () => {
    fake.status = 503;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    actAs(team.users.admin);
    const cancelled = await invite();
    const resent = await invite();
    expect((await cancelInviteAction(team.slug, { invitationId: cancelled.id })).ok).toBe(true);
    await db.invitation.update({ where: { id: resent.id }, data: { lastSentAt: new Date(Date.now() - 120_000) } });
    const again = await resendInviteAction(team.slug, { invitationId: resent.id });
    log.mockRestore();

    fake.status = 200;
    fake.received.length = 0;
    await makeDue(cancelled.email);
    await makeDue(resent.email);
    await sendDueNotices(db);
    expect(sent().map((m) => m.to)).toEqual([resent.email]);
    expect(sent()[0].text).toContain(again.ok ? again.data.link : "no link");
    expect(await db.pendingNotice.count({ where: { to: { in: [cancelled.email, resent.email] } } })).toBe(0);
  });

  it("a waiting invitation email is held back while its sender may no longer invite, and the row says it was not sent", async () => {
    fake.status = 503;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    actAs(team.users.admin);
    const { email, id } = await invite();
    log.mockRestore();
    await db.membership.update({ where: { id: await membershipId(team.users.admin.id) }, data: { role: "developer" } });

    fake.status = 200;
    fake.received.length = 0;
    await makeDue(email);
    await sendDueNotices(db);
    expect(sent()).toEqual([]);
    expect(await db.pendingNotice.count({ where: { to: email } })).toBe(0);
    const held = { mailError: "It was held back while its sender could not invite with this role", mailRetryAt: null };
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toMatchObject(held);
    // Once the sender may invite again, the invitation stands and still says its email did not go.
    await db.membership.update({ where: { id: await membershipId(team.users.admin.id) }, data: { role: "admin" } });
    const { rows } = await listMembers(db, team.id, { q: email });
    expect(rows).toEqual([expect.objectContaining({ status: "pending", ...held })]);
  });

  it("does not undo the change when the provider refuses it", async () => {
    fake.status = 500;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    actAs(team.users.owner);
    expect(await changeMemberRoleAction(team.slug, { membershipId: await membershipId(team.users.basic.id), role: "developer" })).toEqual({ ok: true, data: { role: "Developer" } });
    expect((await membershipOf(team.id, team.users.basic.id))?.role).toBe("developer");
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`could not send "Your role in ${team.name}`), expect.anything());
    log.mockRestore();
  });
});
