import { beforeEach, describe, expect, it } from "vitest";
import { GET as listMembers } from "@/app/api/v1/members/route";
import { GET as exportUsage } from "@/app/t/[team]/billing/usage/export/route";
import { callApi, insertApiKey } from "@/lib/api/test-client";
import { updateSpendLimit } from "@/lib/billing/actions";
import { db } from "@/lib/db/client";
import { leaveTeamAction } from "@/lib/members/actions";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, membershipOf, type TeamFixture } from "@/lib/test/fixtures";
import { transferAwaiting } from "@/lib/test/scenarios";
import { acceptTransferAction, confirmTransferAction, declineTransferAction } from "@/lib/transfer/actions";
import { updateTeamSettings } from "@/lib/teams/actions";
import { TWO_FACTOR_REQUIRED_MESSAGE } from "./two-factor";

let team: TeamFixture;
const settings = (patch: Partial<Parameters<typeof updateTeamSettings>[1]> = {}) =>
  updateTeamSettings(team.slug, { name: team.name, slug: team.slug, defaultRole: "viewer", seatLimit: 50, inviteExpiryDays: 7, require2fa: false, ...patch });
const withTwoFactor = <U extends { totpEnabled: boolean }>(user: U) => ({ ...user, totpEnabled: true });
const usageExport = () => exportUsage(new Request(`http://x/t/${team.slug}/billing/usage/export?from=2026-10-01&to=2026-10-31`), { params: Promise.resolve({ team: team.slug }) });

beforeEach(async () => {
  team = await createTeamWithEveryRole();
});

describe("requiring two-factor sign-in for the team", () => {
  it("cannot be turned on by someone who has not turned it on for themselves", async () => {
    actAs(team.users.owner);
    expect(await settings({ require2fa: true })).toMatchObject({ ok: false, error: expect.stringMatching(/your own account first/) });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).require2fa).toBe(false);
    actAs(withTwoFactor(team.users.owner));
    expect((await settings({ require2fa: true })).ok).toBe(true);
  });

  it("refuses every action, download and API key of a member without it, but lets them leave", async () => {
    await db.team.update({ where: { id: team.id }, data: { require2fa: true } });
    const key = await insertApiKey({ teamId: team.id, creatorId: team.users.admin.id, role: "admin" });

    actAs(team.users.billing);
    expect(await updateSpendLimit(team.slug, { limit: "55" })).toEqual({ ok: false, error: TWO_FACTOR_REQUIRED_MESSAGE });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).hourlySpendLimitCents).not.toBe(5500);
    const refused = await usageExport();
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe(TWO_FACTOR_REQUIRED_MESSAGE);
    expect(await callApi(listMembers, { key: key.secret })).toMatchObject({ status: 403, body: { detail: expect.stringMatching(/two-factor/) } });

    actAs(withTwoFactor(team.users.billing));
    expect((await updateSpendLimit(team.slug, { limit: "55" })).ok).toBe(true);
    expect((await usageExport()).status).toBe(200);
    await db.user.update({ where: { id: team.users.admin.id }, data: { totpEnabled: true } });
    expect((await callApi(listMembers, { key: key.secret })).status).toBe(200);

    actAs(team.users.viewer);
    expect((await leaveTeamAction(team.slug, {})).ok).toBe(true);
  });
});

describe("ownership transfers in a team that requires two-factor sign-in", () => {
  it("are neither confirmed nor accepted by someone without it", async () => {
    await db.team.update({ where: { id: team.id }, data: { require2fa: true } });
    const confirming = await transferAwaiting(team, "awaiting_owner");
    actAs(team.users.owner);
    expect(await confirmTransferAction({ token: confirming.ownerToken })).toEqual({ ok: false, error: TWO_FACTOR_REQUIRED_MESSAGE });
    await db.ownershipTransfer.delete({ where: { id: confirming.transfer.id } });

    const accepting = await transferAwaiting(team, "awaiting_recipient");
    actAs(team.users.admin);
    expect(await acceptTransferAction({ token: accepting.recipientToken })).toEqual({ ok: false, error: TWO_FACTOR_REQUIRED_MESSAGE });
    expect((await membershipOf(team.id, team.users.admin.id))?.role).toBe("admin");
    actAs(withTwoFactor(team.users.admin));
    expect((await acceptTransferAction({ token: accepting.recipientToken })).ok).toBe(true);
    expect((await membershipOf(team.id, team.users.admin.id))?.role).toBe("owner");
  });

  it("can be declined by a recipient without it, who can refuse but not accept", async () => {
    await db.team.update({ where: { id: team.id }, data: { require2fa: true } });
    const { transfer, recipientToken } = await transferAwaiting(team, "awaiting_recipient");
    actAs(team.users.developer);
    expect(await declineTransferAction({ token: recipientToken })).toMatchObject({ ok: false, error: expect.stringMatching(/another member/) });
    actAs(team.users.admin);
    expect(await declineTransferAction({ token: recipientToken })).toEqual({ ok: true, data: { slug: team.slug } });
    expect((await db.ownershipTransfer.findUniqueOrThrow({ where: { id: transfer.id } })).status).toBe("declined");
    expect((await membershipOf(team.id, team.users.admin.id))?.role).toBe("admin");
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({ action: "ownership.transfer_declined", actorId: team.users.admin.id });
    expect(await acceptTransferAction({ token: recipientToken })).toMatchObject({ ok: false, error: "This transfer is no longer pending." });
    expect(await declineTransferAction({ token: recipientToken })).toMatchObject({ ok: false, error: "This transfer is no longer pending." });
  });
});

describe("the seat limit", () => {
  it("cannot drop below the seats in use, members and pending invitations together", async () => {
    actAs(team.users.owner);
    await db.invitation.create({ data: { teamId: team.id, email: "pending@example.test", role: "viewer", tokenHash: `seat-${team.id}`, inviterId: team.users.owner.id } });
    const used = 9;
    expect(await settings({ seatLimit: used - 1 })).toMatchObject({ ok: false, fieldErrors: { seatLimit: expect.stringContaining(`${used} seats are in use`) } });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).seatLimit).toBe(50);
    expect((await settings({ seatLimit: used })).ok).toBe(true);
  });
});
