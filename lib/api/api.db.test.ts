import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as unknownDelete, GET as unknownGet } from "@/app/api/v1/[...unknown]/route";
import { GET as listAudit } from "@/app/api/v1/audit-events/route";
import { DELETE as revokeLink } from "@/app/api/v1/invite-links/[invitationId]/route";
import { POST as regenerateLink } from "@/app/api/v1/invite-links/[invitationId]/regenerate/route";
import { GET as listLinks, POST as createLink } from "@/app/api/v1/invite-links/route";
import { GET as billing } from "@/app/api/v1/billing/route";
import { GET as getInvoiceRoute } from "@/app/api/v1/billing/invoices/[invoiceId]/route";
import { PUT as setBudget } from "@/app/api/v1/billing/budget/route";
import { GET as creditHistoryRoute, POST as addCredit } from "@/app/api/v1/billing/credit/route";
import { PUT as setInvoiceEmail } from "@/app/api/v1/billing/invoice-email/route";
import { GET as listInvoicesRoute } from "@/app/api/v1/billing/invoices/route";
import { GET as usageByMember } from "@/app/api/v1/billing/usage/route";
import { DELETE as cancelInvitation } from "@/app/api/v1/invitations/[invitationId]/route";
import { POST as resendInvitation } from "@/app/api/v1/invitations/[invitationId]/resend/route";
import { POST as cancelInvitations } from "@/app/api/v1/invitations/cancel/route";
import { GET as listInvitations, POST as invite } from "@/app/api/v1/invitations/route";
import { DELETE as removeMember, GET as getMember, PATCH as changeRole } from "@/app/api/v1/members/[membershipId]/route";
import { PUT as setAccessEnds } from "@/app/api/v1/members/access-end/route";
import { POST as removeMembers } from "@/app/api/v1/members/remove/route";
import { GET as listMembers, PATCH as changeRoles } from "@/app/api/v1/members/route";
import { GET as listPods } from "@/app/api/v1/pods/route";
import { GET as listRoles } from "@/app/api/v1/roles/route";
import { GET as listVolumes } from "@/app/api/v1/volumes/route";
import { db } from "@/lib/db/client";
import { auditEventsOf, createTeamWithEveryRole, membershipOf, type TeamFixture } from "@/lib/test/fixtures";
import type { BuiltInRole } from "@/lib/permissions";
import { z } from "zod";
import { API } from "./registry";
import { callApi, insertApiKey } from "./test-client";

let team: TeamFixture;
let other: TeamFixture;
const keys = {} as Record<Exclude<BuiltInRole, "owner">, string>;

/** A key of `role` created by the member of that role (an Owner's key is an Admin key). */
async function keyOf(role: BuiltInRole, t = team) {
  return (await insertApiKey({ teamId: t.id, creatorId: t.users[role].id, role: role === "owner" ? "admin" : role })).secret;
}
const membershipId = async (userId: string, t = team) => (await membershipOf(t.id, userId))!.id;
const expectShape = (schema: z.ZodType | null, body: unknown) => expect(schema!.safeParse(body).error).toBeUndefined();

beforeEach(async () => {
  team = await createTeamWithEveryRole();
  other = await createTeamWithEveryRole();
  for (const role of ["admin", "developer", "modifier", "basic", "viewer", "billing", "billing_viewer"] as const) keys[role] = await keyOf(role);
});
afterEach(() => vi.unstubAllEnvs());

describe("authentication", () => {
  it("refuses a request without a key, with a problem document and a Bearer challenge", async () => {
    const res = await callApi(listMembers, { key: null });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(res.body).toMatchObject({ type: "about:blank", title: "Unauthorized", status: 401, detail: expect.any(String) });
  });

  it("refuses unknown, revoked and expired keys, and keys whose creator left the team", async () => {
    const revoked = await insertApiKey({ teamId: team.id, creatorId: team.users.admin.id, role: "admin", revokedAt: new Date() });
    const expired = await insertApiKey({ teamId: team.id, creatorId: team.users.admin.id, role: "admin", expiresAt: new Date(Date.now() - 1000) });
    const leaver = await insertApiKey({ teamId: team.id, creatorId: team.users.modifier.id, role: "modifier" });
    await db.membership.delete({ where: { id: await membershipId(team.users.modifier.id) } });
    for (const key of ["rk_00000000_" + "a".repeat(43), "not-a-key", revoked.secret, expired.secret, leaver.secret]) {
      const res = await callApi(listMembers, { key });
      expect(res.status, key).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
    }
  });

  it("answers an address that names no endpoint with a problem document, whatever the method", async () => {
    for (const handler of [unknownGet, unknownDelete]) {
      const res = handler();
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
      expect(await res.json()).toMatchObject({ status: 404, detail: expect.stringContaining("/api/v1/openapi.json") });
    }
  });

  it("records when a key was last used, at most once a minute", async () => {
    const { secret, id } = await insertApiKey({ teamId: team.id, creatorId: team.users.viewer.id, role: "viewer" });
    expect((await callApi(listMembers, { key: secret })).status).toBe(200);
    const first = (await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await callApi(listMembers, { key: secret });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
  });

  it("acts with the key's role intersected with its creator's current permissions", async () => {
    const res = await callApi(changeRole, { method: "PATCH", key: keys.admin, params: { membershipId: await membershipId(team.users.viewer.id) }, body: { role: "modifier" } });
    expect(res.status).toBe(200);
    await db.membership.update({ where: { id: await membershipId(team.users.admin.id) }, data: { role: "viewer" } });
    const after = await callApi(changeRole, { method: "PATCH", key: keys.admin, params: { membershipId: await membershipId(team.users.viewer.id) }, body: { role: "developer" } });
    expect(after.status).toBe(403);
    expect(after.body.detail).toMatch(/limited to its creator's role Viewer/);
    expect((await callApi(listMembers, { key: keys.admin })).status).toBe(200);
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After over the per-key limit, and reports the standard headers", async () => {
    vi.stubEnv("API_RATE_LIMIT_PER_KEY", "3");
    const key = await keyOf("viewer");
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await callApi(listMembers, { key }));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(results[0].headers.get("ratelimit-limit")).toBe("3");
    expect(results[1].headers.get("ratelimit-remaining")).toBe("1");
    expect(Number(results[3].headers.get("retry-after"))).toBeGreaterThan(0);
    expect(results[3].body).toMatchObject({ status: 429, title: "Too Many Requests" });
    expect((await callApi(listMembers, { key: keys.viewer })).status).toBe(200);
  });

  it("limits each client IP across keys", async () => {
    vi.stubEnv("API_RATE_LIMIT_PER_IP", "1");
    // A window long enough that a slow machine cannot let it lapse between the two calls.
    vi.stubEnv("API_RATE_LIMIT_WINDOW_SECONDS", "30");
    expect((await callApi(listMembers, { key: keys.viewer })).status).toBe(200);
    const refused = await callApi(listMembers, { key: null });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(30);
  });
});

describe("members", () => {
  it("lists the key's team only, page by page", async () => {
    const first = await callApi(listMembers, { key: keys.viewer, path: "/members?limit=5" });
    expect(first.status).toBe(200);
    expectShape(API.listMembers.response, first.body);
    expect(first.headers.get("ratelimit-limit")).toBeTruthy();
    expect(first.body.data).toHaveLength(5);
    const second = await callApi(listMembers, { key: keys.viewer, path: `/members?limit=5&cursor=${first.body.nextCursor}` });
    expect(second.body.data).toHaveLength(3);
    expect(second.body.nextCursor).toBeNull();
    const emails = [...first.body.data, ...second.body.data].map((m: { email: string }) => m.email).sort();
    expect(emails).toEqual(Object.values(team.users).map((u) => u.email).sort());
    const search = await callApi(listMembers, { key: keys.viewer, path: `/members?q=${team.users.billing_viewer.email.toUpperCase()}` });
    expect(search.body.data.map((m: { email: string }) => m.email)).toEqual([team.users.billing_viewer.email]);
    // % and _ are searched for as themselves, not as wildcards.
    expect((await callApi(listMembers, { key: keys.viewer, path: "/members?q=%25" })).body.data).toEqual([]);
    const underscore = await callApi(listMembers, { key: keys.viewer, path: "/members?q=_" });
    expect(underscore.body.data.map((m: { email: string }) => m.email)).toEqual([team.users.billing_viewer.email]);
    const viewers = await callApi(listMembers, { key: keys.viewer, path: "/members?role=viewer" });
    expect(viewers.body.data.map((m: { email: string }) => m.email)).toEqual([team.users.viewer.email]);
    const auditor = await db.customRole.create({ data: { teamId: team.id, name: "Role filter", permissions: ["members.read"] } });
    expect((await callApi(listMembers, { key: keys.viewer, path: `/members?role=custom:${auditor.id}` })).body.data).toEqual([]);
    for (const role of ["nobody", "custom:nope", "custom:"]) {
      expect(await callApi(listMembers, { key: keys.viewer, path: `/members?role=${role}` }), role).toMatchObject({ status: 422, body: { errors: [{ field: "role" }] } });
    }
    expect((await callApi(listMembers, { key: keys.viewer, path: "/members?limit=0" })).status).toBe(422);
    expect(await callApi(listMembers, { key: keys.viewer, path: "/members?cursor=bogus" })).toMatchObject({ status: 422, body: { errors: [{ field: "cursor" }] } });
  });

  it("lists members by their access: current, ended, or temporary, across cursor pages", async () => {
    const day = 86_400_000;
    await db.membership.update({ where: { id: await membershipId(team.users.basic.id) }, data: { accessEndsAt: new Date(Date.now() - day) } });
    await db.membership.update({ where: { id: await membershipId(team.users.modifier.id) }, data: { accessEndsAt: new Date(Date.now() + day) } });
    const emails = async (access: string) => {
      const seen: string[] = [];
      for (let cursor = ""; ; ) {
        const page = await callApi(listMembers, { key: keys.viewer, path: `/members?access=${access}&limit=2${cursor && `&cursor=${cursor}`}` });
        expect(page.status).toBe(200);
        seen.push(...page.body.data.map((m: { email: string }) => m.email));
        if (!page.body.nextCursor) return seen.sort();
        cursor = page.body.nextCursor;
      }
    };
    const everyone = Object.values(team.users).map((u) => u.email);
    expect(await emails("ended")).toEqual([team.users.basic.email]);
    expect(await emails("temporary")).toEqual([team.users.basic.email, team.users.modifier.email].sort());
    expect(await emails("current")).toEqual(everyone.filter((e) => e !== team.users.basic.email).sort());
    expect(await callApi(listMembers, { key: keys.viewer, path: "/members?access=gone" })).toMatchObject({ status: 422, body: { errors: [{ field: "access" }] } });
  });

  it("shows how members sign in and when they last used the team only to a key whose role may see it", async () => {
    const auditor = await db.customRole.create({ data: { teamId: team.id, name: "Security auditor", permissions: ["members.read", "members.security"] } });
    const key = (await insertApiKey({ teamId: team.id, creatorId: team.users.owner.id, role: "custom", customRoleId: auditor.id })).secret;
    await db.user.update({ where: { id: team.users.viewer.id }, data: { totpEnabled: true } });
    const viewer = await membershipId(team.users.viewer.id);

    const seen = await callApi(getMember, { key, params: { membershipId: viewer } });
    expectShape(API.getMember.response, seen.body);
    expect(seen.body.security).toEqual({ signInMethod: expect.stringMatching(/2FA/), twoFactor: true, lastActiveAt: expect.any(String) });
    const listed = await callApi(listMembers, { key });
    expectShape(API.listMembers.response, listed.body);
    expect(listed.body.data.every((m: { security: unknown }) => m.security !== null)).toBe(true);

    for (const role of ["admin", "viewer"] as const) {
      expect((await callApi(getMember, { key: keys[role], params: { membershipId: viewer } })).body.security, role).toBeNull();
      expect((await callApi(listMembers, { key: keys[role] })).body.data.map((m: { security: unknown }) => m.security), role).not.toContainEqual(expect.anything());
    }
  });

  it("pages on when the row a cursor names was deleted in between", async () => {
    const first = await callApi(listMembers, { key: keys.viewer, path: "/members?limit=5" });
    const last = first.body.data.at(-1) as { id: string; email: string };
    await db.membership.delete({ where: { id: last.id } });
    const second = await callApi(listMembers, { key: keys.viewer, path: `/members?limit=5&cursor=${first.body.nextCursor}` });
    expect(second.body.data).toHaveLength(3);
    const seen = [...first.body.data, ...second.body.data].map((m: { email: string }) => m.email);
    expect(new Set(seen).size).toBe(8);
  });

  it("gets a member, and 404s for another team's member or an unknown id", async () => {
    const id = await membershipId(team.users.developer.id);
    const res = await callApi(getMember, { key: keys.viewer, params: { membershipId: id } });
    expect(res.status).toBe(200);
    expectShape(API.getMember.response, res.body);
    expect(res.body).toMatchObject({ id, role: "developer", roleName: "Developer", email: team.users.developer.email });
    expect((await callApi(getMember, { key: keys.viewer, params: { membershipId: await membershipId(other.users.developer.id, other) } })).status).toBe(404);
    expect((await callApi(getMember, { key: keys.viewer, params: { membershipId: "nope" } })).status).toBe(404);
  });

  it("changes a role with the app's rules and audits it as the key", async () => {
    const id = await membershipId(team.users.developer.id);
    const res = await callApi(changeRole, { method: "PATCH", key: keys.admin, params: { membershipId: id }, body: { role: "viewer" } });
    expect(res.status).toBe(200);
    expectShape(API.changeMemberRole.response, res.body);
    expect(res.body).toMatchObject({ role: "viewer", roleName: "Viewer" });
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({
      action: "member.role_changed",
      actorType: "api_key",
      actorName: `admin key (${team.users.admin.email})`,
      targetId: id,
      ip: "203.0.113.7",
    });
  });

  it("refuses what the key's role may not do, bad input and other teams' members", async () => {
    const id = await membershipId(team.users.viewer.id);
    const patch = (key: string, body: unknown, membershipId = id) => callApi(changeRole, { method: "PATCH", key, params: { membershipId }, body });
    expect((await patch(keys.developer, { role: "modifier" })).status).toBe(403);
    expect((await patch(keys.admin, "{not json")).status).toBe(400);
    expect((await patch(keys.admin, "[1]")).status).toBe(400);
    const missing = await patch(keys.admin, {});
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([{ field: "role", message: expect.any(String) }]);
    expect((await patch(keys.admin, { role: "superuser" })).body).toMatchObject({ status: 422, errors: [{ field: "role", message: "Pick one of the team's roles" }] });
    expect((await patch(keys.admin, { role: "owner" })).status).toBe(422);
    expect((await patch(keys.admin, { role: "viewer" }, await membershipId(team.users.owner.id))).status).toBe(403);
    expect((await patch(keys.admin, { role: "modifier" }, await membershipId(other.users.viewer.id, other))).status).toBe(404);
    expect((await membershipOf(other.id, other.users.viewer.id))?.role).toBe("viewer");
  });

  it("removes a member, never the Owner via an Admin key, never another team's", async () => {
    const res = await callApi(removeMember, { method: "DELETE", key: keys.admin, params: { membershipId: await membershipId(team.users.modifier.id) } });
    expect(res.status).toBe(200);
    expectShape(API.removeMember.response, res.body);
    expect(await membershipOf(team.id, team.users.modifier.id)).toBeNull();
    // The member's own key goes with them.
    expect((await auditEventsOf(team.id)).slice(-2)).toMatchObject([
      { action: "member.removed", actorType: "api_key" },
      { action: "api_key.revoked", actorType: "api_key" },
    ]);
    const [removal] = (await auditEventsOf(team.id)).slice(-2);
    const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: team.users.modifier.email }, orderBy: { createdAt: "desc" } });
    expect(mail.text).toContain(`The API key “${removal.actorName}” removed you from the team`);
    expect((await callApi(removeMember, { method: "DELETE", key: keys.admin, params: { membershipId: await membershipId(team.users.owner.id) } })).status).toBe(403);
    expect((await callApi(removeMember, { method: "DELETE", key: keys.viewer, params: { membershipId: await membershipId(team.users.basic.id) } })).status).toBe(403);
    expect((await callApi(removeMember, { method: "DELETE", key: keys.admin, params: { membershipId: await membershipId(other.users.basic.id, other) } })).status).toBe(404);
  });

  it("answers 409 for the last Owner", async () => {
    const ownerKey = await insertApiKey({ teamId: team.id, creatorId: team.users.owner.id, role: "owner" });
    const res = await callApi(changeRole, { method: "PATCH", key: ownerKey.secret, params: { membershipId: await membershipId(team.users.owner.id) }, body: { role: "admin" } });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/last Owner/);
  });
});

describe("invitations", () => {
  it("invites, lists, resends (rate-limited per invitation) and cancels, with audit events", async () => {
    const created = await callApi(invite, { method: "POST", key: keys.admin, body: { emails: "Ada@Example.test, not-an-email", role: "developer" } });
    expect(created.status).toBe(201);
    expectShape(API.inviteMembers.response, created.body);
    expect(created.body.outcomes).toEqual([
      { email: "ada@example.test", ok: true, invitationId: expect.any(String) },
      { email: "not-an-email", ok: false, message: "Not a valid email address" },
    ]);
    const invitationId = created.body.outcomes[0].invitationId;

    const list = await callApi(listInvitations, { key: keys.viewer });
    expect(list.status).toBe(200);
    expectShape(API.listInvitations.response, list.body);
    expect(list.body.data).toEqual([expect.objectContaining({ id: invitationId, email: "ada@example.test", role: "developer", status: "pending" })]);

    const tooSoon = await callApi(resendInvitation, { method: "POST", key: keys.admin, params: { invitationId } });
    expect(tooSoon.status).toBe(429);
    expect(Number(tooSoon.headers.get("retry-after"))).toBeGreaterThan(0);
    await db.invitation.update({ where: { id: invitationId }, data: { lastSentAt: new Date(Date.now() - 120_000) } });
    const resent = await callApi(resendInvitation, { method: "POST", key: keys.admin, params: { invitationId } });
    expect(resent.status).toBe(200);
    expectShape(API.resendInvitation.response, resent.body);
    expect(resent.body.sendCount).toBe(2);

    expect((await callApi(cancelInvitation, { method: "DELETE", key: keys.admin, params: { invitationId } })).status).toBe(204);
    expect((await callApi(cancelInvitation, { method: "DELETE", key: keys.admin, params: { invitationId } })).status).toBe(404);
    const actions = (await auditEventsOf(team.id)).filter((e) => e.actorType === "api_key").map((e) => e.action);
    expect(actions).toEqual(["invite.created", "invite.resent", "invite.cancelled"]);
  });

  it("refuses roles above the key, keys without the permission, duplicates and bad input", async () => {
    const post = (key: string, body: unknown) => callApi(invite, { method: "POST", key, body });
    expect((await post(keys.viewer, { emails: "a@example.test", role: "viewer" })).status).toBe(403);
    const above = await post(keys.admin, { emails: "a@example.test", role: "owner" });
    expect(above).toMatchObject({ status: 422, body: { errors: [{ field: "role" }] } });
    expect((await post(keys.admin, { emails: "", role: "viewer" })).body).toMatchObject({ status: 422, errors: [{ field: "emails" }] });
    expect((await post(keys.admin, { emails: "bad", role: "viewer" })).status).toBe(422);
    expect((await post(keys.admin, { emails: team.users.viewer.email, role: "viewer" })).body).toMatchObject({ status: 409, errors: [{ field: "emails.0", message: expect.stringMatching(/Already a member/) }] });
  });

  it("lists only the invitations whose email has not been sent when asked, saying why and when it is tried next", async () => {
    const created = await callApi(invite, { method: "POST", key: keys.admin, body: { emails: "sent@example.test, bounced@example.test", role: "viewer" } });
    const [, bounced] = created.body.outcomes.map((o: { invitationId: string }) => o.invitationId);
    const retryAt = new Date(Date.now() + 240_000);
    await db.invitation.update({ where: { id: bounced }, data: { mailError: "The mail provider refused it: Service unavailable", mailRetryAt: retryAt } });
    const unsent = await callApi(listInvitations, { key: keys.viewer, path: "/invitations?unsent=true" });
    expectShape(API.listInvitations.response, unsent.body);
    expect(unsent.body.data).toEqual([
      expect.objectContaining({ id: bounced, email: "bounced@example.test", mailError: "The mail provider refused it: Service unavailable", mailRetryAt: retryAt.toISOString() }),
    ]);
    const all = await callApi(listInvitations, { key: keys.viewer, path: "/invitations?unsent=false" });
    expect(all.body.data.map((i: { email: string }) => i.email).sort()).toEqual(["bounced@example.test", "sent@example.test"]);
    expect(all.body.data.find((i: { email: string }) => i.email === "sent@example.test")).toMatchObject({ mailError: null, mailRetryAt: null });
    expect(await callApi(listInvitations, { key: keys.viewer, path: "/invitations?unsent=yes" })).toMatchObject({ status: 422, body: { errors: [{ field: "unsent" }] } });
  });

  it("404s for another team's invitation", async () => {
    const otherKey = await keyOf("admin", other);
    const created = await callApi(invite, { method: "POST", key: otherKey, body: { emails: "b@example.test", role: "viewer" } });
    const invitationId = created.body.outcomes[0].invitationId;
    expect((await callApi(cancelInvitation, { method: "DELETE", key: keys.admin, params: { invitationId } })).status).toBe(404);
    expect((await callApi(resendInvitation, { method: "POST", key: keys.admin, params: { invitationId } })).status).toBe(404);
  });
});

describe("invite links", () => {
  it("creates, lists, regenerates and revokes links, with audit events; the URL is shown only when made", async () => {
    const created = await callApi(createLink, { method: "POST", key: keys.admin, body: { role: "developer", expiresInDays: 7, maxUses: "10", allowedDomains: "Example.test, @acme.test" } });
    expect(created.status).toBe(201);
    expectShape(API.createInviteLink.response, created.body);
    const { invitationId, link } = created.body;
    expect(link).toMatch(/\/invite\/[\w-]{20,}$/);

    const list = await callApi(listLinks, { key: keys.admin });
    expect(list.status).toBe(200);
    expectShape(API.listInviteLinks.response, list.body);
    expect(list.body.data).toEqual([
      expect.objectContaining({ id: invitationId, role: "developer", roleName: "Developer", status: "active", uses: 0, maxUses: 10, allowedDomains: ["example.test", "acme.test"], listed: false, createdBy: team.users.admin.name }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain(link);

    const regenerated = await callApi(regenerateLink, { method: "POST", key: keys.admin, params: { invitationId } });
    expect(regenerated.status).toBe(200);
    expectShape(API.regenerateInviteLink.response, regenerated.body);
    expect(regenerated.body).toEqual({ link: expect.stringMatching(/\/invite\//), unlisted: false });
    expect(regenerated.body.link).not.toBe(link);

    expect((await callApi(revokeLink, { method: "DELETE", key: keys.admin, params: { invitationId } })).status).toBe(204);
    expect((await callApi(revokeLink, { method: "DELETE", key: keys.admin, params: { invitationId } })).status).toBe(404);
    expect((await callApi(listLinks, { key: keys.admin })).body.data).toEqual([]);
    const actions = (await auditEventsOf(team.id)).filter((e) => e.actorType === "api_key").map((e) => e.action);
    expect(actions).toEqual(["invite_link.created", "invite_link.regenerated", "invite_link.revoked"]);
  });

  it("refuses keys without members.invite, roles above the key, bad input and other teams' links", async () => {
    expect((await callApi(listLinks, { key: keys.viewer })).status).toBe(403);
    expect((await callApi(createLink, { method: "POST", key: keys.developer, body: { role: "viewer", allowedDomains: "" } })).status).toBe(403);
    expect(await callApi(createLink, { method: "POST", key: keys.admin, body: { role: "owner", allowedDomains: "" } })).toMatchObject({ status: 422, body: { errors: [{ field: "role" }] } });
    const bad = await callApi(createLink, { method: "POST", key: keys.admin, body: { role: "viewer", expiresInDays: 0, maxUses: 2.5, allowedDomains: "not_a_domain" } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(["allowedDomains.0", "expiresInDays", "maxUses"]);
    expect(await callApi(createLink, { method: "POST", key: keys.admin, body: { role: "viewer", allowedDomains: "", listed: true } })).toMatchObject({ status: 422, body: { errors: [{ field: "listed" }] } });
    expect(await db.invitation.count({ where: { teamId: team.id, email: null } })).toBe(0);

    const theirs = await callApi(createLink, { method: "POST", key: await keyOf("admin", other), body: { role: "viewer", allowedDomains: "" } });
    const params = { invitationId: theirs.body.invitationId };
    expect((await callApi(revokeLink, { method: "DELETE", key: keys.admin, params })).status).toBe(404);
    expect((await callApi(regenerateLink, { method: "POST", key: keys.admin, params })).status).toBe(404);
    expect((await callApi(listLinks, { key: keys.admin })).body.data).toEqual([]);

    // Only the role is required: no expiry, no use limit, any domain.
    expect((await callApi(createLink, { method: "POST", key: keys.admin, body: { role: "viewer" } })).status).toBe(201);
    expect((await callApi(listLinks, { key: keys.admin })).body.data).toEqual([expect.objectContaining({ role: "viewer", expiresAt: null, maxUses: null, allowedDomains: [], listed: false, accessEndsAt: null })]);
  });
});

describe("resources", () => {
  beforeEach(async () => {
    for (const [role, name] of [["basic", "basic-pod"], ["developer", "dev-pod"]] as const) {
      await db.resource.create({ data: { teamId: team.id, kind: "pod", name, status: "running", creatorId: team.users[role].id, hourlyCostCents: 69 } });
    }
    await db.resource.create({ data: { teamId: other.id, kind: "pod", name: "foreign-pod", status: "running", creatorId: other.users.owner.id } });
  });

  it("lists all of the team's pods to a Viewer key and only its creator's to a Basic key", async () => {
    const viewer = await callApi(listPods, { key: keys.viewer });
    expect(viewer.status).toBe(200);
    expectShape(API.listPods.response, viewer.body);
    expect(viewer.body.data.map((r: { name: string }) => r.name).sort()).toEqual(["basic-pod", "dev-pod"]);
    const basic = await callApi(listPods, { key: keys.basic });
    expect(basic.body.data.map((r: { name: string }) => r.name)).toEqual(["basic-pod"]);
    expect((await callApi(listVolumes, { key: keys.viewer })).body).toEqual({ data: [], nextCursor: null });
  });

  it("refuses keys without any resource permission", async () => {
    expect((await callApi(listPods, { key: keys.billing })).status).toBe(403);
  });
});

describe("audit log", () => {
  it("reads events with the UI's filters and a cursor, for keys with audit.read only", async () => {
    for (const role of ["viewer", "modifier", "basic"] as const) {
      await callApi(changeRole, { method: "PATCH", key: keys.admin, params: { membershipId: await membershipId(team.users[role].id) }, body: { role: "billing_viewer" } });
    }
    const first = await callApi(listAudit, { key: keys.admin, path: "/audit-events?action=member.role_changed" });
    expect(first.status).toBe(200);
    expectShape(API.listAuditEvents.response, first.body);
    expect(first.body.data).toHaveLength(3);
    expect(first.body.data[0]).toMatchObject({ action: "member.role_changed", actor: { type: "api_key" }, target: { type: "member" } });
    const byTarget = await callApi(listAudit, { key: keys.admin, path: `/audit-events?target=${await membershipId(team.users.basic.id)}` });
    expect(byTarget.body.data).toHaveLength(1);
    const paged = await callApi(listAudit, { key: keys.admin, path: `/audit-events?action=member.role_changed&cursor=${first.body.data[0].id}` });
    expect(paged.body.data.map((e: { id: string }) => e.id)).toEqual(first.body.data.slice(1).map((e: { id: string }) => e.id));
    const bad = await callApi(listAudit, { key: keys.admin, path: "/audit-events?from=2026-02-30" });
    expect(bad).toMatchObject({ status: 422, body: { errors: [{ field: "from" }] } });
    const farOff = await callApi(listAudit, { key: keys.admin, path: "/audit-events?from=0000-01-01&to=9999-12-31" });
    expect(farOff).toMatchObject({ status: 422, body: { errors: [{ field: "from", message: expect.stringMatching(/between/) }, { field: "to" }] } });
    expect((await callApi(listAudit, { key: keys.developer })).status).toBe(403);
  });
});

describe("billing", () => {
  it("summarises billing for billing roles and refuses others", async () => {
    await db.resource.create({ data: { teamId: team.id, kind: "pod", name: "busy", status: "running", creatorId: team.users.developer.id, hourlyCostCents: 299, runningSince: new Date() } });
    const res = await callApi(billing, { key: keys.billing_viewer });
    expect(res.status).toBe(200);
    expectShape(API.getBillingSummary.response, res.body);
    expect(res.body).toMatchObject({ burnRateCents: 299, hourlySpendLimitCents: 8000, openInvoices: { count: 0, cents: 0 } });
    expect((await callApi(billing, { key: keys.developer })).status).toBe(403);
  });

  it("sets and clears the monthly budget, for keys that may manage billing only", async () => {
    const put = (key: string, body: unknown) => callApi(setBudget, { method: "PUT", path: "/billing/budget", key, body });
    const set = await put(keys.billing, { budget: 2000 });
    expect(set).toMatchObject({ status: 200, body: { monthlyBudgetCents: 200_000, alertedPercent: null } });
    expectShape(API.setMonthlyBudget.response, set.body);
    expect((await callApi(billing, { key: keys.billing_viewer })).body.monthlyBudgetCents).toBe(200_000);
    expect(await put(keys.billing, { budget: "0.5" })).toMatchObject({ status: 422, body: { errors: [expect.objectContaining({ field: "budget" })] } });
    expect((await put(keys.billing_viewer, { budget: 10 })).status).toBe(403);
    expect((await put(keys.admin, { budget: null })).body).toEqual({ monthlyBudgetCents: null, alertedPercent: null });
  });

  it("buys credit with the default card, for keys that may manage billing only", async () => {
    const post = (key: string, body: unknown) => callApi(addCredit, { method: "POST", path: "/billing/credit", key, body });
    expect(await post(keys.billing, { amount: 50 })).toMatchObject({ status: 409, body: { detail: expect.stringContaining("Add a card first") } });
    await db.paymentMethod.create({
      data: { teamId: team.id, providerRef: "local_api", brand: "Visa", last4: "4242", expMonth: 12, expYear: 2039, billingName: "A", addressLine: "B", city: "C", postalCode: "D", country: "DE", isDefault: true },
    });
    const bought = await post(keys.billing, { amount: 50 });
    expect(bought).toMatchObject({ status: 201, body: { amountCents: 5000, balanceCents: 5000 } });
    expectShape(API.addCredit.response, bought.body);
    expect((await post(keys.admin, { amount: "12.34" })).body).toEqual({ amountCents: 1234, balanceCents: 6234 });
    expect(await post(keys.billing, { amount: 1.005 })).toMatchObject({ status: 422, body: { errors: [expect.objectContaining({ field: "amount" })] } });
    expect(await post(keys.billing, {})).toMatchObject({ status: 422, body: { errors: [expect.objectContaining({ field: "amount" })] } });
    expect((await post(keys.billing_viewer, { amount: 50 })).status).toBe(403);
    expect((await callApi(billing, { key: keys.billing_viewer })).body.creditCents).toBe(6234);
    const [event] = (await auditEventsOf(team.id)).filter((e) => e.action === "billing.credit_added");
    expect(event.actorType).toBe("api_key");

    // The credit history lists both purchases, newest first, to billing roles only.
    const history = await callApi(creditHistoryRoute, { key: keys.billing_viewer, path: "/billing/credit" });
    expect(history.status).toBe(200);
    expectShape(API.listCreditHistory.response, history.body);
    expect(history.body).toEqual({
      data: [
        expect.objectContaining({ kind: "purchase", amountCents: 1234, balanceAfterCents: 6234, boughtBy: expect.stringMatching(/^admin key \(/), card: "Visa •••• 4242", invoice: null }),
        expect.objectContaining({ kind: "purchase", amountCents: 5000, balanceAfterCents: 5000, boughtBy: expect.stringMatching(/^billing key \(/) }),
      ],
      nextCursor: null,
    });
    const older = await callApi(creditHistoryRoute, { key: keys.billing, path: `/billing/credit?cursor=${history.body.data[0].id}` });
    expect(older.body.data.map((e: { amountCents: number }) => e.amountCents)).toEqual([5000]);
    expect(await callApi(creditHistoryRoute, { key: keys.billing, path: "/billing/credit?cursor=latest" })).toMatchObject({ status: 422, body: { errors: [expect.objectContaining({ field: "cursor" })] } });
    expect((await callApi(creditHistoryRoute, { key: keys.developer, path: "/billing/credit" })).status).toBe(403);
  });

  it("sets where invoices are mailed, audited as the key, for keys that may manage billing only", async () => {
    const put = (key: string, body: unknown) => callApi(setInvoiceEmail, { method: "PUT", path: "/billing/invoice-email", key, body });
    const set = await put(keys.billing, { invoiceEmail: "AP@Example.test" });
    expect(set).toMatchObject({ status: 200, body: { invoiceEmail: "ap@example.test" } });
    expectShape(API.setInvoiceEmail.response, set.body);
    expect((await callApi(billing, { key: keys.billing_viewer })).body.invoiceEmail).toBe("ap@example.test");
    const [event] = (await auditEventsOf(team.id)).filter((e) => e.action === "billing.invoice_email_changed");
    expect([event.actorType, event.metadata]).toEqual(["api_key", { before: { invoiceEmail: null }, after: { invoiceEmail: "ap@example.test" } }]);

    expect(await put(keys.billing, { invoiceEmail: "nope" })).toMatchObject({ status: 422, body: { errors: [expect.objectContaining({ field: "invoiceEmail" })] } });
    expect((await put(keys.billing_viewer, { invoiceEmail: "x@example.test" })).status).toBe(403);
    expect((await put(keys.admin, { invoiceEmail: "" })).body).toEqual({ invoiceEmail: null });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).invoiceEmail).toBeNull();
  });

  it("lists the invoices, issuing what has come due, and gets one with its lines, for billing roles only", async () => {
    const startedAt = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 4));
    await db.usageRecord.create({
      data: { teamId: team.id, userId: team.users.developer.id, resourceId: "pod-1", resourceKind: "pod", resourceName: "pod-1", startedAt, endedAt: new Date(startedAt.getTime() + 3_600_000), cents: 321 },
    });
    const list = await callApi(listInvoicesRoute, { key: keys.billing_viewer });
    expect(list.status).toBe(200);
    expectShape(API.listInvoices.response, list.body);
    expect(list.body.data).toEqual([expect.objectContaining({ status: "open", totalCents: 321, billedTo: null, paidAt: null, creditAppliedCents: 0, chargedCard: null, periodStart: new Date(Date.UTC(startedAt.getUTCFullYear(), startedAt.getUTCMonth(), 1)).toISOString() })]);
    const invoiceId = list.body.data[0].id;

    expect((await callApi(billing, { key: keys.billing_viewer })).body.openInvoices).toEqual({ count: 1, cents: 321 });
    const one = await callApi(getInvoiceRoute, { key: keys.billing, params: { invoiceId } });
    expect(one.status).toBe(200);
    expectShape(API.getInvoice.response, one.body);
    expect(one.body.lines).toEqual([{ kind: "pod", description: "Pods (1 resource)", hours: 1, amountCents: 321 }]);

    expect((await callApi(listInvoicesRoute, { key: keys.developer })).status).toBe(403);
    expect((await callApi(getInvoiceRoute, { key: keys.developer, params: { invoiceId } })).status).toBe(403);
    expect((await callApi(getInvoiceRoute, { key: await keyOf("billing", other), params: { invoiceId } })).status).toBe(404);
  });

  it("lists usage by member a page at a time, most costly first, for billing roles only", async () => {
    const { developer, basic } = team.users;
    const record = (userId: string, kind: string, cents: number) => ({
      teamId: team.id, userId, resourceId: `${userId}-${kind}`, resourceKind: kind, resourceName: kind,
      startedAt: new Date("2026-10-05T10:00:00Z"), endedAt: new Date("2026-10-05T11:30:00Z"), cents,
    });
    await db.usageRecord.createMany({ data: [record(developer.id, "pod", 300), record(developer.id, "volume", 5), record(basic.id, "endpoint", 40)] });
    const path = "/billing/usage?from=2026-10-01&to=2026-10-31";
    const res = await callApi(usageByMember, { key: keys.billing_viewer, path });
    expect(res.status).toBe(200);
    expectShape(API.getUsageByMember.response, res.body);
    expect(res.body).toEqual({
      from: "2026-10-01",
      to: "2026-10-31",
      total: { cents: 345, hours: 4.5 },
      data: [
        { userId: developer.id, name: developer.name, email: developer.email, total: { cents: 305, hours: 3 }, byKind: { pod: { cents: 300, hours: 1.5 }, volume: { cents: 5, hours: 1.5 } } },
        { userId: basic.id, name: basic.name, email: basic.email, total: { cents: 40, hours: 1.5 }, byKind: { endpoint: { cents: 40, hours: 1.5 } } },
      ],
      nextCursor: null,
    });
    expect((await callApi(usageByMember, { key: keys.developer, path })).status).toBe(403);
    const refused = await callApi(usageByMember, { key: keys.billing, path: "/billing/usage?from=2026-10-31&to=2026-10-01&cursor=0" });
    expect(refused).toMatchObject({ status: 422, body: { errors: expect.arrayContaining([expect.objectContaining({ field: "to" }), expect.objectContaining({ field: "cursor" })]) } });
    expect((await callApi(usageByMember, { key: keys.billing, path: "/billing/usage?to=2026-10-01" })).body.errors).toEqual([expect.objectContaining({ field: "from" })]);
    const farOff = await callApi(usageByMember, { key: keys.billing, path: "/billing/usage?from=9999-12-01&to=9999-12-31" });
    expect(farOff).toMatchObject({ status: 422, body: { errors: [{ field: "from", message: "Pick a first date between 1970-01-01 and 2999-12-31" }, { field: "to" }] } });

    await db.usageRecord.createMany({ data: Array.from({ length: 50 }, (_, i) => record(`gone-${team.id}-${i}`, "pod", 1)) });
    const first = await callApi(usageByMember, { key: keys.billing, path });
    expect(first.body.data).toHaveLength(50);
    expect(first.body.nextCursor).toBe("2");
    const second = await callApi(usageByMember, { key: keys.billing, path: `${path}&cursor=2` });
    expect(second.body).toMatchObject({ nextCursor: null, total: { cents: 395 } });
    expect(second.body.data.map((m: { name: string; email: string | null }) => [m.name, m.email])).toEqual([["Former member", null], ["Former member", null]]);
  });
});

describe("several at once", () => {
  it("changes several members' roles, all or nothing, with an event each", async () => {
    const ids = [await membershipId(team.users.developer.id), await membershipId(team.users.basic.id)];
    const changed = await callApi(changeRoles, { method: "PATCH", key: keys.admin, body: { membershipIds: ids, role: "viewer" } });
    expect(changed).toMatchObject({ status: 200, body: { count: 2, role: "Viewer" } });
    expectShape(API.changeMemberRoles.response, changed.body);
    expect((await auditEventsOf(team.id)).slice(-2)).toMatchObject([
      { action: "member.role_changed", actorType: "api_key", targetId: ids[0] },
      { action: "member.role_changed", actorType: "api_key", targetId: ids[1] },
    ]);

    // An Owner among them: refused, naming them, and the others keep their role.
    const withOwner = await callApi(changeRoles, { method: "PATCH", key: keys.admin, body: { membershipIds: [ids[0], await membershipId(team.users.owner.id)], role: "modifier" } });
    expect(withOwner).toMatchObject({ status: 403, body: { detail: expect.stringContaining(`${team.users.owner.email}: Only an Owner can change or remove an Owner.`) } });
    expect((await membershipOf(team.id, team.users.developer.id))?.role).toBe("viewer");
    const foreignId = await membershipId(other.users.viewer.id, other);
    const foreign = await callApi(changeRoles, { method: "PATCH", key: keys.admin, body: { membershipIds: [ids[0], foreignId], role: "modifier" } });
    expect(foreign).toMatchObject({ status: 404, body: { detail: `Of the members given, this one is no longer in this team: ${foreignId}. Nothing was changed.` } });
    expect((await callApi(changeRoles, { method: "PATCH", key: keys.admin, body: { membershipIds: [], role: "viewer" } })).status).toBe(422);
    expect((await callApi(changeRoles, { method: "PATCH", key: keys.viewer, body: { membershipIds: ids, role: "basic" } })).status).toBe(403);
  });

  it("sets and clears several members' access end date, all or nothing, with an event each", async () => {
    const ids = [await membershipId(team.users.developer.id), await membershipId(team.users.basic.id)];
    const lastDay = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const set = await callApi(setAccessEnds, { method: "PUT", key: keys.admin, body: { membershipIds: ids, lastDay } });
    expect(set).toMatchObject({ status: 200, body: { count: 2, lastDay } });
    expectShape(API.setMembersAccessEnd.response, set.body);
    expect((await auditEventsOf(team.id)).slice(-2)).toMatchObject(ids.map((targetId) => ({ action: "member.access_end_changed", actorType: "api_key", targetId })));

    const withCreator = await callApi(setAccessEnds, { method: "PUT", key: keys.admin, body: { membershipIds: [ids[0], await membershipId(team.users.admin.id)], lastDay: "" } });
    expect(withCreator).toMatchObject({ status: 422, body: { detail: `${team.users.admin.email}: You cannot set an end date on your own access. Nothing was changed.` } });
    expect((await membershipOf(team.id, team.users.developer.id))?.accessEndsAt).not.toBeNull();
    expect(await callApi(setAccessEnds, { method: "PUT", key: keys.admin, body: { membershipIds: ids, lastDay: "2020-01-01" } })).toMatchObject({ status: 422, body: { errors: [{ field: "lastDay", message: "Pick today or a later date" }] } });
    expect((await callApi(setAccessEnds, { method: "PUT", key: keys.viewer, body: { membershipIds: ids, lastDay } })).status).toBe(403);
    expect(await callApi(setAccessEnds, { method: "PUT", key: keys.admin, body: { membershipIds: ids, lastDay: "" } })).toMatchObject({ status: 200, body: { count: 2, lastDay: null } });
    expect((await membershipOf(team.id, team.users.basic.id))?.accessEndsAt).toBeNull();
  });

  it("removes several members and cancels several invitations, all or nothing", async () => {
    const ids = [await membershipId(team.users.viewer.id), await membershipId(team.users.billing.id)];
    expect((await callApi(removeMembers, { method: "POST", key: keys.admin, body: { membershipIds: [...ids, await membershipId(team.users.owner.id)] } })).status).toBe(403);
    expect(await membershipOf(team.id, team.users.viewer.id)).not.toBeNull();
    const removed = await callApi(removeMembers, { method: "POST", key: keys.admin, body: { membershipIds: ids } });
    expect(removed).toMatchObject({ status: 200, body: { count: 2, reassignedResources: 0 } });
    expectShape(API.removeMembers.response, removed.body);
    expect(await membershipOf(team.id, team.users.viewer.id)).toBeNull();
    expect(await membershipOf(team.id, team.users.billing.id)).toBeNull();

    const created = await callApi(invite, { method: "POST", key: keys.admin, body: { emails: "ann@example.test, ben@example.test", role: "viewer" } });
    const invitationIds = created.body.outcomes.map((o: { invitationId: string }) => o.invitationId);
    expect((await callApi(cancelInvitations, { method: "POST", key: keys.basic, body: { invitationIds } })).status).toBe(403);
    const cancelled = await callApi(cancelInvitations, { method: "POST", key: keys.admin, body: { invitationIds } });
    expect(cancelled).toMatchObject({ status: 200, body: { count: 2 } });
    expectShape(API.cancelInvitations.response, cancelled.body);
    expect(await callApi(cancelInvitations, { method: "POST", key: keys.admin, body: { invitationIds } })).toMatchObject({
      status: 404,
      body: { detail: `Of the invitations given, these are no longer pending: ${invitationIds.join(", ")}. Nothing was changed.` },
    });
    expect(await db.invitation.count({ where: { id: { in: invitationIds }, status: "pending" } })).toBe(0);
  });
});

describe("roles", () => {
  it("lists the team's roles for any key, with their permissions and whether the key may give each", async () => {
    const custom = await db.customRole.create({ data: { teamId: team.id, name: "Auditor", description: "Reads the log", permissions: ["audit.read", "members.read"] } });
    await db.customRole.create({ data: { teamId: other.id, name: "Elsewhere", permissions: [] } });
    const res = await callApi(listRoles, { key: keys.billing_viewer });
    expect(res.status).toBe(200);
    expectShape(API.listRoles.response, res.body);
    const byValue = Object.fromEntries(res.body.data.map((r: { value: string }) => [r.value, r]));
    expect(res.body.data.map((r: { value: string }) => r.value)).toEqual(["owner", "admin", "developer", "modifier", "basic", "viewer", "billing", "billing_viewer", `custom:${custom.id}`]);
    expect(byValue[`custom:${custom.id}`]).toEqual({ value: `custom:${custom.id}`, name: "Auditor", description: "Reads the log", builtIn: false, permissions: ["audit.read", "members.read"], grantable: false });
    // A key that can neither invite nor change roles gives none, not even its own.
    expect(res.body.data.some((r: { grantable: boolean }) => r.grantable)).toBe(false);
    expect(byValue.billing_viewer).toMatchObject({ builtIn: true, permissions: ["members.read", "billing.read"] });

    const admin = await callApi(listRoles, { key: keys.admin });
    expect(admin.body.data.filter((r: { grantable: boolean }) => r.grantable).map((r: { value: string }) => r.value)).toEqual(
      ["admin", "developer", "modifier", "basic", "viewer", "billing", "billing_viewer", `custom:${custom.id}`],
    );
    expect((await callApi(listRoles, { key: null })).status).toBe(401);
  });
});
