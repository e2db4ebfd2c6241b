import { beforeEach, describe, expect, it } from "vitest";
import { PUT as setAccessEndApi } from "@/app/api/v1/members/[membershipId]/access-end/route";
import { GET as getMemberApi } from "@/app/api/v1/members/[membershipId]/route";
import { callApi, insertApiKey } from "@/lib/api/test-client";
import { db } from "@/lib/db/client";
import { acceptInviteAction, createInviteLinkAction, inviteMembersAction } from "@/lib/invites/actions";
import { describeInvite } from "@/lib/invites/accept";
import { loadMember, teamsOf } from "@/lib/teams/member";
import { actAs } from "@/lib/test/acting-user";
import { addMember, auditEventsOf, createTeamWithEveryRole, createUser, membershipOf, tokenFromOutbox, type TeamFixture } from "@/lib/test/fixtures";
import { acceptTransferAction, confirmTransferAction, startTransferAction } from "@/lib/transfer/actions";
import { accessEndsAtFor } from "./access-end";
import { changeMemberRoleAction, leaveTeamAction, setAccessEndAction } from "./actions";
import { endedAccessOf, lastEndedTeamOf } from "./ended-access";
import { listMembers } from "./list";

let team: TeamFixture;
const membershipId = async (userId: string) => (await membershipOf(team.id, userId))!.id;
const utcDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
/** Ends a membership's access a second ago, as if its last day had passed. */
const endNow = (userId: string) => db.membership.update({ where: { teamId_userId: { teamId: team.id, userId } }, data: { accessEndsAt: new Date(Date.now() - 1000) } });

beforeEach(async () => {
  team = await createTeamWithEveryRole();
});

describe("setting the end of a member's access", () => {
  it("stores the midnight after the last day, audits the change, and does nothing for the same day", async () => {
    actAs(team.users.admin);
    const id = await membershipId(team.users.developer.id);
    const lastDay = utcDay(30);
    expect(await setAccessEndAction(team.slug, { membershipId: id, lastDay })).toEqual({ ok: true, data: { lastDay } });
    expect((await membershipOf(team.id, team.users.developer.id))?.accessEndsAt).toEqual(accessEndsAtFor(lastDay));
    expect((await loadMember(db, team.slug, team.users.developer.id))?.accessEndsAt).toEqual(accessEndsAtFor(lastDay));
    const events = () => auditEventsOf(team.id).then((all) => all.filter((e) => e.action === "member.access_end_changed"));
    expect(await events()).toMatchObject([{ actorId: team.users.admin.id, targetId: id, metadata: { before: { lastDay: null }, after: { lastDay } } }]);

    await setAccessEndAction(team.slug, { membershipId: id, lastDay });
    expect(await events()).toHaveLength(1);
    expect(await setAccessEndAction(team.slug, { membershipId: id, lastDay: "" })).toEqual({ ok: true, data: { lastDay: null } });
    expect((await membershipOf(team.id, team.users.developer.id))?.accessEndsAt).toBeNull();
    expect((await events()).at(-1)).toMatchObject({ metadata: { before: { lastDay }, after: { lastDay: null } } });
  });

  it("refuses bad dates next to the field, and changes nothing", async () => {
    actAs(team.users.owner);
    const id = await membershipId(team.users.viewer.id);
    for (const [lastDay, message] of [
      ["31/12/2026", "Enter a date such as 2026-12-31"],
      ["2026-02-30", "Enter a date such as 2026-12-31"],
      ["2026-13-01", "Enter a date such as 2026-12-31"],
      [utcDay(-1), "Pick today or a later date"],
      [utcDay(5 * 366 + 2), "Pick a date within 5 years"],
    ]) {
      expect(await setAccessEndAction(team.slug, { membershipId: id, lastDay }), lastDay).toMatchObject({ ok: false, fieldErrors: { lastDay: message } });
    }
    expect((await setAccessEndAction(team.slug, { membershipId: id, lastDay: utcDay(0) })).ok).toBe(true);
    await setAccessEndAction(team.slug, { membershipId: id, lastDay: "" });
    expect((await auditEventsOf(team.id)).filter((e) => e.action === "member.access_end_changed")).toHaveLength(2);
  });

  it("is for whoever may change the member's role, never on an Owner or on yourself", async () => {
    const developer = await membershipId(team.users.developer.id);
    actAs(team.users.developer);
    expect(await setAccessEndAction(team.slug, { membershipId: await membershipId(team.users.viewer.id), lastDay: utcDay(3) })).toMatchObject({ ok: false, error: expect.stringMatching(/permission/i) });
    actAs(team.users.admin);
    expect(await setAccessEndAction(team.slug, { membershipId: await membershipId(team.users.admin.id), lastDay: utcDay(3) })).toMatchObject({ ok: false, fieldErrors: { lastDay: "Ask another Owner or Admin" } });
    expect(await setAccessEndAction(team.slug, { membershipId: await membershipId(team.users.owner.id), lastDay: utcDay(3) })).toMatchObject({ ok: false, error: "Only an Owner can change or remove an Owner." });
    const second = await addMember(team.id, "owner", "second-owner");
    actAs(team.users.owner);
    expect(await setAccessEndAction(team.slug, { membershipId: second.membershipId, lastDay: utcDay(3) })).toMatchObject({ ok: false, error: "An Owner's access cannot end. Transfer ownership first." });
    expect(await db.membership.count({ where: { teamId: team.id, accessEndsAt: { not: null } } })).toBe(0);
    expect((await setAccessEndAction(team.slug, { membershipId: developer, lastDay: utcDay(3) })).ok).toBe(true);
  });
});

describe("an invitation for temporary access", () => {
  it("says so in its email and gives the member who accepts it that last day", async () => {
    const guest = await createUser("contractor");
    const lastDay = utcDay(20);
    actAs(team.users.admin);
    expect(await inviteMembersAction(team.slug, { emails: guest.email, role: "developer", lastDay: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { lastDay: "Pick today or a later date" } });
    expect((await inviteMembersAction(team.slug, { emails: guest.email, role: "developer", lastDay })).ok).toBe(true);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: guest.email }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain("Your access lasts until");

    actAs(guest);
    expect((await acceptInviteAction({ token: await tokenFromOutbox(guest.email, "invite") })).ok).toBe(true);
    expect(await membershipOf(team.id, guest.id)).toMatchObject({ role: "developer", accessEndsAt: accessEndsAtFor(lastDay) });
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({ action: "invite.accepted", metadata: { lastDay } });
  });

  it("from an invite link, gives the same last day to everyone who joins with it", async () => {
    const lastDay = utcDay(45);
    actAs(team.users.admin);
    const created = await createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: "7", maxUses: "", allowedDomains: "", listed: false, lastDay });
    if (!created.ok) throw new Error(created.error);
    for (const label of ["first", "second"]) {
      const guest = await createUser(label);
      actAs(guest);
      expect((await acceptInviteAction({ token: created.data.link.split("/invite/")[1] })).ok).toBe(true);
      expect(await membershipOf(team.id, guest.id)).toMatchObject({ role: "viewer", accessEndsAt: accessEndsAtFor(lastDay) });
    }
  });

  it("admits no one once the access it offered has ended", async () => {
    const guest = await createUser("late");
    actAs(team.users.admin);
    await inviteMembersAction(team.slug, { emails: guest.email, role: "viewer", lastDay: utcDay(0) });
    await db.invitation.updateMany({ where: { teamId: team.id, email: guest.email }, data: { accessEndsAt: new Date(Date.now() - 1000) } });
    actAs(guest);
    expect(await acceptInviteAction({ token: await tokenFromOutbox(guest.email, "invite") })).toMatchObject({ ok: false, error: expect.stringMatching(/^The access this invitation offered ended/) });
    expect(await membershipOf(team.id, guest.id)).toBeNull();
  });
});

describe("the REST API", () => {
  it("sets and clears the end date with the app's rules and shows it in the member", async () => {
    const key = await insertApiKey({ teamId: team.id, creatorId: team.users.admin.id, role: "admin" });
    const put = (userId: string, body: unknown) => membershipId(userId).then((id) => callApi(setAccessEndApi, { method: "PUT", key: key.secret, params: { membershipId: id }, body }));
    const lastDay = utcDay(14);
    const set = await put(team.users.developer.id, { lastDay });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ role: "developer", accessEndsAt: accessEndsAtFor(lastDay).toISOString() });
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({ action: "member.access_end_changed", actorType: "api_key" });
    expect((await put(team.users.developer.id, { lastDay: "" })).body).toMatchObject({ accessEndsAt: null });
    expect((await put(team.users.developer.id, { lastDay: "tomorrow" })).body).toMatchObject({ status: 422, errors: [{ field: "lastDay", message: "Enter a date such as 2026-12-31" }] });
    expect((await put(team.users.owner.id, { lastDay })).status).toBe(403);
    expect((await membershipOf(team.id, team.users.owner.id))?.accessEndsAt).toBeNull();
  });
});

describe("when access has ended", () => {
  it("grants nothing: no team pages, no team in the switcher, no actions, no API key", async () => {
    const key = await insertApiKey({ teamId: team.id, creatorId: team.users.admin.id, role: "admin" });
    const viewer = await membershipId(team.users.viewer.id);
    expect((await callApi(getMemberApi, { key: key.secret, params: { membershipId: viewer } })).status).toBe(200);
    await endNow(team.users.admin.id);
    const stale = new Date(Date.now() - 86_400_000);
    await db.membership.update({ where: { teamId_userId: { teamId: team.id, userId: team.users.admin.id } }, data: { lastActiveAt: stale } });

    expect(await loadMember(db, team.slug, team.users.admin.id, { touch: true })).toBeNull();
    expect((await membershipOf(team.id, team.users.admin.id))?.lastActiveAt).toEqual(stale); // a refused request is no activity
    expect((await teamsOf(db, team.users.admin.id)).map((t) => t.slug)).not.toContain(team.slug);
    actAs(team.users.admin);
    expect(await changeMemberRoleAction(team.slug, { membershipId: viewer, role: "basic" })).toMatchObject({ ok: false, error: "You are not a member of this team." });
    expect((await callApi(getMemberApi, { key: key.secret, params: { membershipId: viewer } })).status).toBe(401);
    expect(await endedAccessOf(db, team.slug, team.users.admin.id)).toEqual({ teamName: team.name, endedAt: expect.any(Date), askWhom: `its Owner (${team.users.owner.name}) or an Admin` });
    expect(await endedAccessOf(db, team.slug, team.users.viewer.id)).toBeNull();
  });

  it("withdraws the invite links its member made, and an extension brings both back", async () => {
    actAs(team.users.admin);
    const created = await createInviteLinkAction(team.slug, { role: "developer", expiresInDays: "7", maxUses: "", allowedDomains: "", listed: false });
    if (!created.ok) throw new Error(created.error);
    const token = created.data.link.split("/invite/")[1];
    expect((await describeInvite(db, token)).state).toBe("valid");
    await endNow(team.users.admin.id);
    expect((await describeInvite(db, token)).state).toBe("withdrawn");

    actAs(team.users.owner);
    expect((await setAccessEndAction(team.slug, { membershipId: await membershipId(team.users.admin.id), lastDay: "" })).ok).toBe(true);
    expect(await loadMember(db, team.slug, team.users.admin.id)).not.toBeNull();
    expect((await describeInvite(db, token)).state).toBe("valid");
  });

  it("still lets its member leave the team, which revokes their keys, and its address is not invited again", async () => {
    const key = await insertApiKey({ teamId: team.id, creatorId: team.users.developer.id, role: "developer" });
    await endNow(team.users.developer.id);
    actAs(team.users.owner);
    const refused = await inviteMembersAction(team.slug, { emails: team.users.developer.email, role: "viewer" });
    expect(refused).toMatchObject({ ok: true, data: { outcomes: [{ ok: false, message: "A member whose access has ended; change their access end date instead" }] } });

    expect(await lastEndedTeamOf(db, team.users.developer.id)).toBe(team.slug); // where "/" sends them
    actAs(team.users.developer);
    expect(await leaveTeamAction(team.slug, {})).toEqual({ ok: true, data: { left: team.slug } });
    expect(await membershipOf(team.id, team.users.developer.id)).toBeNull();
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeInstanceOf(Date);
    expect((await auditEventsOf(team.id)).map((e) => e.action)).toEqual(expect.arrayContaining(["member.left", "api_key.revoked"]));
    expect(await endedAccessOf(db, team.slug, team.users.developer.id)).toBeNull();
    expect(await lastEndedTeamOf(db, team.users.developer.id)).toBeNull();
  });

  it("stays listed as ended, and under the Temporary access filter with members whose access still runs", async () => {
    actAs(team.users.owner);
    await setAccessEndAction(team.slug, { membershipId: await membershipId(team.users.basic.id), lastDay: utcDay(10) });
    await endNow(team.users.viewer.id);
    const all = await listMembers(db, team.id, {});
    expect(all.rows.find((r) => r.userId === team.users.viewer.id)).toMatchObject({ status: "ended", accessEndsAt: expect.any(Date) });
    expect(all.rows.find((r) => r.userId === team.users.basic.id)).toMatchObject({ status: "joined", accessEndsAt: accessEndsAtFor(utcDay(10)) });
    const temporary = await listMembers(db, team.id, { status: "temporary" });
    expect(temporary.rows.map((r) => r.userId).sort()).toEqual([team.users.basic.id, team.users.viewer.id].sort());
    expect(temporary.total).toBe(2);
  });
});

describe("ownership and temporary access", () => {
  it("cannot go to a member whose access has ended, and makes a temporary member's access permanent", async () => {
    const developer = await membershipId(team.users.developer.id);
    await endNow(team.users.developer.id);
    actAs(team.users.owner);
    expect(await startTransferAction(team.slug, { membershipId: developer })).toMatchObject({ ok: false, error: expect.stringMatching(/access to the team has ended/) });

    actAs(team.users.owner);
    await setAccessEndAction(team.slug, { membershipId: developer, lastDay: utcDay(5) });
    expect((await startTransferAction(team.slug, { membershipId: developer })).ok).toBe(true);
    expect((await confirmTransferAction({ token: await tokenFromOutbox(team.users.owner.email, "transfer") })).ok).toBe(true);
    actAs(team.users.developer);
    expect((await acceptTransferAction({ token: await tokenFromOutbox(team.users.developer.email, "transfer") })).ok).toBe(true);
    expect(await membershipOf(team.id, team.users.developer.id)).toMatchObject({ role: "owner", accessEndsAt: null });
  });
});
