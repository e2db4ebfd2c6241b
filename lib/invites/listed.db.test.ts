import { beforeEach, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, createUser, membershipOf, uid, type TeamFixture } from "@/lib/test/fixtures";
import { NOT_LISTED_FOR_YOU } from "./accept";
import { createInviteLinkAction, joinListedTeamAction, listInviteLinkAction, regenerateInviteLinkAction, unlistInviteLinkAction } from "./actions";
import { listedTeamsFor } from "./listed";

let team: TeamFixture;
let colleague: CurrentUser;
/** Each test's own domain, for its Admin and their colleague: listings are found across teams. */
let domain: string;

async function moveTo(user: CurrentUser, label: string) {
  user.email = `${label}@${domain}`;
  await db.user.update({ where: { id: user.id }, data: { email: user.email } });
}

const confirm = (user: CurrentUser) => db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
const link = (input: { allowedDomains: string; listed: boolean; role?: string; maxUses?: string }) =>
  createInviteLinkAction(team.slug, { role: input.role ?? "developer", expiresInDays: "7", maxUses: input.maxUses ?? "", allowedDomains: input.allowedDomains, listed: input.listed });

/** A link listed for the test's domain by the team's confirmed Admin; its id. */
async function listedLink(options: { role?: string; maxUses?: string } = {}): Promise<string> {
  await confirm(team.users.admin);
  actAs(team.users.admin);
  const result = await link({ allowedDomains: domain, listed: true, ...options });
  if (!result.ok) throw new Error(result.error);
  return result.data.invitationId;
}

beforeEach(async () => {
  domain = `${uid()}.test`;
  team = await createTeamWithEveryRole();
  colleague = await createUser("colleague");
  await moveTo(team.users.admin, "admin");
  await moveTo(colleague, "colleague");
});

describe("listing an invite link for a domain", () => {
  it("needs a domain, one that is not a public email provider, and the creator's own confirmed one", async () => {
    actAs(team.users.admin);
    expect(await link({ allowedDomains: "", listed: true })).toMatchObject({ ok: false, fieldErrors: { listed: "Enter the domain to list the link for" } });
    expect(await link({ allowedDomains: `${domain}, gmail.com`, listed: true })).toMatchObject({ ok: false, fieldErrors: { listed: expect.stringContaining("gmail.com") } });
    expect(await link({ allowedDomains: domain, listed: true })).toMatchObject({ ok: false, fieldErrors: { listed: "Confirm your own address first" } });
    await confirm(team.users.admin);
    expect(await link({ allowedDomains: `${domain}, acme.test`, listed: true })).toMatchObject({
      ok: false,
      error: `You can list a link only for ${domain}, the domain of your own address.`,
    });
    expect(await link({ allowedDomains: domain, listed: true, role: "admin" })).toMatchObject({ ok: false, fieldErrors: { listed: "Not for Admin: pick a role that cannot run the team" } });
    expect(await db.invitation.count({ where: { teamId: team.id, listed: true } })).toBe(0);

    const id = await listedLink();
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toMatchObject({ listed: true, allowedDomains: [domain] });
    const [event] = (await auditEventsOf(team.id)).filter((e) => e.action === "invite_link.created");
    expect(event.metadata).toMatchObject({ after: { listed: true, allowedDomains: [domain] } });
  });
});

describe("teams listed for a user", () => {
  it("shows a listed link to confirmed addresses at its domain who are not in the team, while it admits", async () => {
    const id = await listedLink({ role: "viewer" });
    expect(await listedTeamsFor(db, colleague.id)).toEqual([]); // not confirmed yet
    await confirm(colleague);
    expect(await listedTeamsFor(db, colleague.id)).toEqual([{ invitationId: id, teamName: team.name, roleName: "Viewer", domain, require2fa: false }]);
    expect(await listedTeamsFor(db, team.users.viewer.id)).toEqual([]); // already a member

    const elsewhere = await db.user.create({ data: { email: `someone-${colleague.id}@acme.test`, name: "Elsewhere", emailVerified: new Date() } });
    expect(await listedTeamsFor(db, elsewhere.id)).toEqual([]);

    actAs(team.users.admin);
    await link({ allowedDomains: domain, listed: false });
    expect(await listedTeamsFor(db, colleague.id)).toHaveLength(1); // unlisted links stay private

    await db.membership.update({ where: { teamId_userId: { teamId: team.id, userId: team.users.admin.id } }, data: { role: "viewer" } });
    expect(await listedTeamsFor(db, colleague.id)).toEqual([]); // its sender may no longer invite
  });

  it("stops listing a link that is used up, expired or revoked", async () => {
    await confirm(colleague);
    const id = await listedLink();
    for (const data of [{ maxUses: 1, uses: 1 }, { expiresAt: new Date(Date.now() - 1000) }, { status: "revoked" }]) {
      await db.invitation.update({ where: { id }, data });
      expect(await listedTeamsFor(db, colleague.id)).toEqual([]);
      await db.invitation.update({ where: { id }, data: { maxUses: null, uses: 0, expiresAt: null, status: "pending" } });
    }
    expect(await listedTeamsFor(db, colleague.id)).toHaveLength(1);
  });
});

describe("joining a listed team", () => {
  it("admits a confirmed address at the domain with the link's role", async () => {
    const id = await listedLink({ role: "viewer" });
    await confirm(colleague);
    actAs(colleague);
    expect(await joinListedTeamAction({ invitationId: id })).toEqual({ ok: true, data: { slug: team.slug } });
    expect(await membershipOf(team.id, colleague.id)).toMatchObject({ role: "viewer" });
    const [event] = (await auditEventsOf(team.id)).filter((e) => e.action === "invite.accepted");
    expect(event).toMatchObject({ actorId: colleague.id, metadata: { via: "listed link", role: "Viewer" } });
    expect(await listedTeamsFor(db, colleague.id)).toEqual([]);
  });

  it("refuses, alike, a link that is not listed, an address not confirmed and one at another domain", async () => {
    const listed = await listedLink();
    actAs(team.users.admin);
    const unlisted = await link({ allowedDomains: domain, listed: false });
    if (!unlisted.ok) throw new Error(unlisted.error);
    const refused = { ok: false, error: NOT_LISTED_FOR_YOU };

    actAs(colleague);
    expect(await joinListedTeamAction({ invitationId: listed })).toEqual(refused);
    await confirm(colleague);
    expect(await joinListedTeamAction({ invitationId: unlisted.data.invitationId })).toEqual(refused);
    const elsewhere = await db.user.create({ data: { email: `someone-${colleague.id}@acme.test`, name: "Elsewhere", emailVerified: new Date() }, select: { id: true, email: true, name: true, totpEnabled: true } });
    actAs(elsewhere);
    expect(await joinListedTeamAction({ invitationId: listed })).toEqual(refused);
    expect(await db.membership.count({ where: { teamId: team.id } })).toBe(8);
  });
});

describe("unlisting a link", () => {
  it("stops showing the team to the domain and keeps the link working for whoever has it", async () => {
    const id = await listedLink();
    await confirm(colleague);
    actAs(team.users.admin);
    expect(await unlistInviteLinkAction(team.slug, { invitationId: id })).toEqual({ ok: true, data: null });
    expect(await listedTeamsFor(db, colleague.id)).toEqual([]);
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toMatchObject({ listed: false, status: "pending" });
    const [event] = (await auditEventsOf(team.id)).filter((e) => e.action === "invite_link.unlisted");
    expect(event).toMatchObject({ actorId: team.users.admin.id, targetId: id, metadata: { allowedDomains: [domain] } });

    actAs(colleague);
    expect(await joinListedTeamAction({ invitationId: id })).toEqual({ ok: false, error: NOT_LISTED_FOR_YOU });
    actAs(team.users.developer);
    expect(await unlistInviteLinkAction(team.slug, { invitationId: id })).toMatchObject({ ok: false });
  });
});

describe("listing an existing link", () => {
  it("lists an unlisted link again for whoever could list it, with an event, and refuses anyone else in words", async () => {
    const id = await listedLink();
    actAs(team.users.admin);
    await unlistInviteLinkAction(team.slug, { invitationId: id });
    expect(await listInviteLinkAction(team.slug, { invitationId: id })).toEqual({ ok: true, data: null });
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toMatchObject({ listed: true });
    expect((await auditEventsOf(team.id)).filter((e) => e.action === "invite_link.listed")).toMatchObject([{ actorId: team.users.admin.id, targetId: id, metadata: { allowedDomains: [domain] } }]);
    expect(await listInviteLinkAction(team.slug, { invitationId: id })).toEqual({ ok: true, data: null }); // already listed: no second event
    expect((await auditEventsOf(team.id)).filter((e) => e.action === "invite_link.listed")).toHaveLength(1);
    await unlistInviteLinkAction(team.slug, { invitationId: id });

    await confirm(team.users.owner);
    actAs(team.users.owner); // another domain
    expect(await listInviteLinkAction(team.slug, { invitationId: id })).toMatchObject({ ok: false, error: expect.stringMatching(/^You can list a link only for .+, the domain of your own address\.$/) });
    actAs(team.users.admin);
    const open = await link({ allowedDomains: "", listed: false });
    if (!open.ok) throw new Error(open.error);
    expect(await listInviteLinkAction(team.slug, { invitationId: open.data.invitationId })).toMatchObject({ ok: false, error: "Only a link limited to your domain can be listed. Create one for your domain instead." });
    const admins = await link({ allowedDomains: domain, listed: false, role: "admin" });
    if (!admins.ok) throw new Error(admins.error);
    expect(await listInviteLinkAction(team.slug, { invitationId: admins.data.invitationId })).toMatchObject({ ok: false, error: expect.stringMatching(/^Anyone at the domain could join as Admin/) });
    expect(await db.invitation.count({ where: { teamId: team.id, listed: true } })).toBe(0);
  });
});

describe("regenerating a listed link", () => {
  it("keeps it listed for someone who could list it, and unlists it for anyone else", async () => {
    const id = await listedLink();
    await confirm(colleague);
    actAs(team.users.admin);
    expect(await regenerateInviteLinkAction(team.slug, { invitationId: id })).toMatchObject({ ok: true, data: { unlisted: false } });
    expect(await listedTeamsFor(db, colleague.id)).toHaveLength(1);

    actAs(team.users.owner); // at example.test, not the link's domain
    expect(await regenerateInviteLinkAction(team.slug, { invitationId: id })).toMatchObject({ ok: true, data: { unlisted: true } });
    expect(await db.invitation.findUniqueOrThrow({ where: { id } })).toMatchObject({ listed: false, status: "pending", inviterId: team.users.owner.id });
    expect(await listedTeamsFor(db, colleague.id)).toEqual([]);
    const [latest] = (await auditEventsOf(team.id)).filter((e) => e.action === "invite_link.regenerated").reverse();
    expect(latest).toMatchObject({ actorId: team.users.owner.id, metadata: { before: { listed: true }, after: { listed: false } } });
  });
});
