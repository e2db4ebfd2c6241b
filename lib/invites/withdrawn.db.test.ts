import { beforeEach, describe, expect, it } from "vitest";
import { GET as listInvitations } from "@/app/api/v1/invitations/route";
import { callApi, insertApiKey } from "@/lib/api/test-client";
import { db } from "@/lib/db/client";
import { memberCsvStream } from "@/lib/members/csv";
import { listMembers } from "@/lib/members/list";
import { updateTeamSettings } from "@/lib/teams/actions";
import { actAs } from "@/lib/test/acting-user";
import { addMember, createTeamWithEveryRole, uid, type TeamFixture } from "@/lib/test/fixtures";
import { inviteMembersAction, resendInviteAction } from "./actions";
import { seatsInUse } from "./seats";

/**
 * An email invitation whose sender can no longer invite with its role admits no one (acceptInvite),
 * so the members list calls it withdrawn and it holds no seat until someone who may resends it.
 */
/** Members of createTeamWithEveryRole: one of each built-in role. */
const BUILT_IN_COUNT = 8;
let team: TeamFixture;
let withdrawnId: string;
let pendingId: string;
let sender: Awaited<ReturnType<typeof addMember>>;

const invitation = (inviterId: string, email: string) =>
  db.invitation.create({ data: { teamId: team.id, email, role: "developer", tokenHash: uid(), inviterId, expiresAt: new Date(Date.now() + 86_400_000), lastSentAt: new Date(0) } });

beforeEach(async () => {
  team = await createTeamWithEveryRole();
  sender = await addMember(team.id, "admin", "sender");
  withdrawnId = (await invitation(sender.id, `withdrawn-${uid()}@example.test`)).id;
  pendingId = (await invitation(team.users.owner.id, `pending-${uid()}@example.test`)).id;
  // Demoted: a Developer may invite no one, so the sender's invitation is withdrawn.
  await db.membership.update({ where: { id: sender.membershipId }, data: { role: "developer" } });
});

const statusOf = async (id: string) => (await listMembers(db, team.id, {})).rows.find((r) => r.id === id)?.status;

describe("withdrawn email invitations", () => {
  it("show as withdrawn in the members list, its status filter and its export", async () => {
    expect(await statusOf(withdrawnId)).toBe("withdrawn");
    expect(await statusOf(pendingId)).toBe("pending");
    const withdrawn = await listMembers(db, team.id, { status: "withdrawn" });
    expect([withdrawn.total, withdrawn.rows.map((r) => r.id)]).toEqual([1, [withdrawnId]]);
    const pending = await listMembers(db, team.id, { status: "pending" });
    expect([pending.total, pending.rows.map((r) => r.id)]).toEqual([1, [pendingId]]);
    // Expiry comes first: an expired invitation is expired whoever sent it.
    await db.invitation.update({ where: { id: withdrawnId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await statusOf(withdrawnId)).toBe("expired");
    expect((await listMembers(db, team.id, { status: "withdrawn" })).total).toBe(0);
    await db.invitation.update({ where: { id: withdrawnId }, data: { expiresAt: null } });
    const csv = await new Response(memberCsvStream(db, team.id, { status: "withdrawn" }, false)).text();
    expect(csv.trim().split(/\r?\n/).slice(1)).toEqual([expect.stringContaining(",Developer,Withdrawn,")]);
  });

  it("hold no seat: new invitations and the seat limit leave them out", async () => {
    const members = BUILT_IN_COUNT + 1;
    expect(await seatsInUse(db, team.id)).toBe(members + 1);
    actAs(team.users.owner);
    const settings = { name: team.name, slug: team.slug, defaultRole: "viewer", inviteExpiryDays: 7, require2fa: false };
    expect((await updateTeamSettings(team.slug, { ...settings, seatLimit: members + 1 })).ok).toBe(true);
    const { data } = (await inviteMembersAction(team.slug, { emails: `a-${uid()}@example.test, b-${uid()}@example.test`, role: "viewer", require2fa: false })) as {
      data: { outcomes: { ok: boolean; message?: string }[] };
    };
    expect(data.outcomes.map((o) => o.ok)).toEqual([false, false]);
    expect(data.outcomes[0].message).toMatch(/Over the team's limit/);
  });

  it("are revived by a resend from someone who may invite with the role, if a seat is free", async () => {
    const members = BUILT_IN_COUNT + 1;
    actAs(team.users.owner);
    await db.team.update({ where: { id: team.id }, data: { seatLimit: members + 1 } });
    expect(await resendInviteAction(team.slug, { invitationId: withdrawnId })).toEqual({
      ok: false,
      error: `${team.name} has no free seat for this invitation. Free one or raise the seat limit, then resend it.`,
    });
    expect(await statusOf(withdrawnId)).toBe("withdrawn");
    await db.team.update({ where: { id: team.id }, data: { seatLimit: members + 2 } });
    expect((await resendInviteAction(team.slug, { invitationId: withdrawnId })).ok).toBe(true);
    expect(await statusOf(withdrawnId)).toBe("pending");
    expect(await seatsInUse(db, team.id)).toBe(members + 2);
    // A pending invitation already holds its seat: resending it needs no free one.
    await db.invitation.update({ where: { id: pendingId }, data: { lastSentAt: new Date(0) } });
    expect((await resendInviteAction(team.slug, { invitationId: pendingId })).ok).toBe(true);
  });

  it("say so in the API", async () => {
    const key = await insertApiKey({ teamId: team.id, creatorId: team.users.admin.id, role: "admin" });
    const { body } = await callApi(listInvitations, { key: key.secret });
    const statuses = Object.fromEntries((body.data as { id: string; status: string }[]).map((i) => [i.id, i.status]));
    expect(statuses).toEqual({ [withdrawnId]: "withdrawn", [pendingId]: "pending" });
  });
});
