import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { sendDueNotices } from "@/lib/email/notice-queue";
import { inviteMembersAction } from "@/lib/invites/actions";
import { changeMemberRoleAction, removeMembersAction, setAccessEndAction } from "@/lib/members/actions";
import { actAs } from "@/lib/test/acting-user";
import { withFakeResend } from "@/lib/test/fake-resend";
import { createTeamWithEveryRole, membershipOf, uid, type TeamFixture } from "@/lib/test/fixtures";

// Through the real Resend SDK, against a local fake of its API that records what it is sent.
const fake = withFakeResend();
let team: TeamFixture;
const sent = () => fake.received.map((r) => r.body);
const membershipId = async (userId: string) => (await membershipOf(team.id, userId))!.id;

beforeEach(async () => {
  team = await createTeamWithEveryRole();
  fake.received.length = 0;
  fake.status = 200;
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
