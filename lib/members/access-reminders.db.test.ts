import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { auditEventsOf, createTeamWithEveryRole, type TeamFixture } from "@/lib/test/fixtures";
import { sendDueNotices } from "@/lib/email/notice-queue";
import { sendAccessEndedNotices, sendAccessReminders } from "./access-reminders";

// A day far past any end date other test files set (at most 5 years ahead), so the runs here,
// which read every team, find only this file's members.
const NOW = new Date("2035-03-01T09:00:00Z");
const day = (n: number) => new Date(Date.UTC(2035, 2, 1 + n));

let team: TeamFixture;
const endAccess = (userId: string, at: Date | null) => db.membership.update({ where: { teamId_userId: { teamId: team.id, userId } }, data: { accessEndsAt: at } });
const mailTo = (email: string) => db.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
const reminded = async () => (await auditEventsOf(team.id)).filter((e) => e.action === "member.access_end_reminded");

beforeEach(async () => {
  team = await createTeamWithEveryRole();
});

describe("reminders that temporary access ends", () => {
  it("emails each member whose access ends within the week once, and again when the date changes", async () => {
    await endAccess(team.users.developer.id, day(3));
    await endAccess(team.users.viewer.id, day(10)); // not yet
    await endAccess(team.users.basic.id, day(-1)); // already ended

    expect(await sendAccessReminders(db, NOW)).toEqual({ sent: 1, failed: 0 });
    const [mail] = await mailTo(team.users.developer.email);
    expect(mail.subject).toBe(`Your access to ${team.name} on Roster lasts until 3 Mar 2035`);
    expect(mail.text).toContain(`ask its Owner (${team.users.owner.name}) or an Admin to extend it`);
    expect(mail.html).toContain(`/t/${team.slug}`);
    expect(await reminded()).toMatchObject([{ actorType: "system", actorName: "Access reminders", metadata: { accessEndsAt: day(3).toISOString() } }]);
    expect(await mailTo(team.users.viewer.email)).toHaveLength(0);
    expect(await mailTo(team.users.basic.email)).toHaveLength(0);

    expect(await sendAccessReminders(db, NOW)).toEqual({ sent: 0, failed: 0 });
    await endAccess(team.users.developer.id, day(5));
    expect(await sendAccessReminders(db, NOW)).toEqual({ sent: 1, failed: 0 });
    expect((await mailTo(team.users.developer.email)).map((m) => m.subject)).toEqual([
      `Your access to ${team.name} on Roster lasts until 3 Mar 2035`,
      `Your access to ${team.name} on Roster lasts until 5 Mar 2035`,
    ]);
  });

  it("never sends one twice when two runs overlap", async () => {
    await endAccess(team.users.developer.id, day(2));
    await endAccess(team.users.admin.id, day(6));
    const runs = await Promise.all([sendAccessReminders(db, NOW), sendAccessReminders(db, NOW)]);
    expect(runs[0].sent + runs[1].sent).toBe(2);
    expect(await mailTo(team.users.developer.email)).toHaveLength(1);
    expect(await reminded()).toHaveLength(2);
  });

  it("keeps a reminder whose mail could not go in the mail queue, which sends it on a later try", async () => {
    await endAccess(team.users.developer.id, day(1));
    process.env.RESEND_API_KEY = "re_test_key";
    process.env.RESEND_BASE_URL = "http://127.0.0.1:9"; // nothing listens there
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await sendAccessReminders(db, NOW)).toEqual({ sent: 1, failed: 0 });
      expect(log).toHaveBeenCalledWith(expect.stringContaining(`could not send "Your access to ${team.name}`), expect.anything());
    } finally {
      log.mockRestore();
      delete process.env.RESEND_API_KEY;
      delete process.env.RESEND_BASE_URL;
    }
    expect(await reminded()).toHaveLength(1);
    expect(await mailTo(team.users.developer.email)).toHaveLength(0);
    expect(await sendAccessReminders(db, NOW)).toEqual({ sent: 0, failed: 0 });

    await db.pendingNotice.updateMany({ where: { to: team.users.developer.email }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
    await sendDueNotices(db);
    expect((await mailTo(team.users.developer.email)).map((m) => m.subject)).toEqual([`Your access to ${team.name} on Roster lasts until 1 Mar 2035`]);
  });
});

describe("telling Owners and Admins whose access has ended", () => {
  // A year of their own: the ends set by the reminders above would be reported here too.
  const NOW = new Date("2036-03-01T09:00:00Z");
  const day = (n: number) => new Date(Date.UTC(2036, 2, 1 + n));
  const told = async () => (await auditEventsOf(team.id)).filter((e) => e.action === "member.access_ended");

  it("mails each of them once, listing the members whose access ended this week, and again after a new end", async () => {
    await endAccess(team.users.developer.id, day(-1));
    await endAccess(team.users.viewer.id, day(0)); // ended this midnight
    await endAccess(team.users.basic.id, day(-30)); // long ago: not reported
    await endAccess(team.users.modifier.id, day(2)); // still running

    expect(await sendAccessEndedNotices(db, NOW)).toEqual({ sent: 1, failed: 0 });
    for (const recipient of [team.users.owner, team.users.admin]) {
      const [mail] = await mailTo(recipient.email);
      expect(mail.subject).toBe(`The access of 2 members of ${team.name} on Roster has ended`);
      expect(mail.text).toContain(`${team.users.developer.name} (${team.users.developer.email}), ended 29 Feb 2036`);
      expect(mail.text).toContain(`${team.users.viewer.name} (${team.users.viewer.email}), ended 1 Mar 2036`);
      expect(mail.text).not.toContain(team.users.basic.email);
      expect(mail.html).toContain(`/t/${team.slug}/members?status=temporary`);
    }
    expect(await mailTo(team.users.developer.email)).toHaveLength(0); // only Owners and Admins
    expect((await told()).map((e) => e.targetLabel).sort()).toEqual([team.users.developer.email, team.users.viewer.email].sort());

    expect(await sendAccessEndedNotices(db, NOW)).toEqual({ sent: 0, failed: 0 });
    await endAccess(team.users.developer.id, day(-2));
    expect(await sendAccessEndedNotices(db, NOW)).toEqual({ sent: 1, failed: 0 });
    expect((await mailTo(team.users.owner.email)).at(-1)?.subject).toBe(`${team.users.developer.name}'s access to ${team.name} on Roster has ended`);
  });

  it("leaves out an Admin whose own access has ended", async () => {
    await endAccess(team.users.admin.id, day(-1));
    expect(await sendAccessEndedNotices(db, NOW)).toEqual({ sent: 1, failed: 0 });
    expect(await mailTo(team.users.admin.email)).toHaveLength(0);
    expect((await mailTo(team.users.owner.email))[0].subject).toBe(`${team.users.admin.name}'s access to ${team.name} on Roster has ended`);
  });
});
