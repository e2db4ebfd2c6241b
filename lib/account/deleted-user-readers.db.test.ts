import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as searchActorsRoute } from "@/app/t/[team]/audit/actors/route";
import { authenticateApiKey } from "@/lib/api/authenticate";
import { insertApiKey } from "@/lib/api/test-client";
import { listApiKeys } from "@/lib/api-keys/queries";
import { actorLabel, searchActors } from "@/lib/audit/actors";
import { listAuditEvents } from "@/lib/audit/events";
import { parseAuditQuery } from "@/lib/audit/filters";
import { findTeamMembership, memberActivity } from "@/lib/audit/member-activity";
import { hashPassword } from "@/lib/auth/password";
import { usagePeriodFrom, usageReport } from "@/lib/billing/analytics";
import { usageCsvLines } from "@/lib/billing/usage-csv";
import { db } from "@/lib/db/client";
import { acceptInviteAction } from "@/lib/invites/actions";
import { describeInvite, STATE_MESSAGES } from "@/lib/invites/accept";
import { listMembers } from "@/lib/members/list";
import { inviteLinksOf, pendingTransferOf } from "@/lib/members/page-data";
import { listResources } from "@/lib/resources/queries";
import { loadMember, type Member } from "@/lib/teams/member";
import { actAs } from "@/lib/test/acting-user";
import { addMember, createTeamWithEveryRole, createUser, membershipOf, uid, type TeamFixture } from "@/lib/test/fixtures";
import { hashToken, newToken } from "@/lib/invites/token";
import { deleteAccountAction } from "./actions";

vi.mock("@/lib/auth/auth", () => ({ reissueSession: vi.fn(), signOut: vi.fn() }));

/**
 * Rows that name a user by id without a foreign key (Invitation.inviterId, ApiKey.creatorId,
 * Resource.creatorId, UsageRecord.userId, AuditEvent.actorId) outlive a deleted account: every
 * page and route that reads them keeps working and shows the person sensibly.
 */
let team: TeamFixture;
let gone: Awaited<ReturnType<typeof addMember>>;
let owner: Member;
let linkToken: string;
let emailInviteToken: string;
let apiSecret: string;

function invitation(email: string | null) {
  const { token, hash } = newToken();
  return { token, create: db.invitation.create({ data: { teamId: team.id, email, role: "viewer", tokenHash: hash, inviterId: gone.id, expiresAt: new Date(Date.now() + 86_400_000) } }) };
}

beforeAll(async () => {
  team = await createTeamWithEveryRole();
  gone = await addMember(team.id, "admin", "gone");
  await db.user.update({ where: { id: gone.id }, data: { name: "Gwen Gone", passwordHash: await hashPassword("the-password-1") } });
  const link = invitation(null);
  const email = invitation(`invitee-${uid()}@example.test`);
  await Promise.all([link.create, email.create]);
  [linkToken, emailInviteToken] = [link.token, email.token];
  apiSecret = (await insertApiKey({ teamId: team.id, creatorId: gone.id, role: "developer", name: "gwen's deploy key" })).secret;
  await db.resource.create({ data: { teamId: team.id, kind: "pod", name: "gwen-pod", status: "stopped", creatorId: gone.id } });
  await db.usageRecord.create({
    data: { teamId: team.id, userId: gone.id, resourceId: "gwen-pod", resourceKind: "pod", resourceName: "gwen-pod", startedAt: new Date("2026-10-10T00:00:00Z"), endedAt: new Date("2026-10-10T01:00:00Z"), cents: 69 },
  });
  actAs({ id: gone.id, email: gone.email, name: "Gwen Gone", totpEnabled: false });
  const deleted = await deleteAccountAction({ email: gone.email, password: "the-password-1" });
  if (!deleted.ok) throw new Error(String(deleted.error));
  owner = (await loadMember(db, team.slug, team.users.owner.id))!;
  actAs(team.users.owner);
});

describe("after an account is deleted", () => {
  it("the members page lists the team without them, their email invitation as withdrawn, and their invite link with a former member as its creator", async () => {
    const { rows } = await listMembers(db, team.id, {});
    expect(rows.some((r) => r.userId === gone.id)).toBe(false);
    expect(rows.filter((r) => r.kind === "invite").map((r) => r.status)).toEqual(["withdrawn"]);
    const [link] = await inviteLinksOf(db, team.id);
    expect(link).toMatchObject({ createdBy: "A former member", state: "Withdrawn (its creator can no longer grant this role)", renewable: true });
    expect(await pendingTransferOf(db, team.id)).toBeNull();
  });

  it("their invitations and links are shown as withdrawn and admit nobody", async () => {
    expect(await describeInvite(db, emailInviteToken)).toMatchObject({ state: "withdrawn", invitation: { inviterName: "A former member" } });
    expect(await describeInvite(db, linkToken)).toMatchObject({ state: "withdrawn", invitation: { inviterName: "A former member" } });
    actAs(await createUser("joiner"));
    expect(await acceptInviteAction({ token: linkToken })).toEqual({ ok: false, error: STATE_MESSAGES.withdrawn });
    expect(await db.invitation.findUniqueOrThrow({ where: { tokenHash: hashToken(linkToken) } })).toMatchObject({ uses: 0 });
    actAs(team.users.owner);
  });

  it("their API keys are listed as revoked keys of a former member and authenticate nothing", async () => {
    const { keys } = await listApiKeys(db, owner);
    expect(keys.find((k) => k.name === "gwen's deploy key")).toMatchObject({ creator: null, status: "revoked" });
    expect(await authenticateApiKey(db, apiSecret)).toBeNull();
  });

  it("the resources they created belong to the team's Owner", async () => {
    const { items } = await listResources(db, owner, "pod");
    expect(items.find((r) => r.name === "gwen-pod")).toMatchObject({ creatorId: team.users.owner.id, creator: { name: team.users.owner.name } });
  });

  it("usage by member and its CSV show their spend as a former member's", async () => {
    const { period } = usagePeriodFrom({ from: "2026-10-01", to: "2026-10-31" }, new Date());
    const report = await usageReport(db, team.id, period);
    expect(report.members).toEqual([{ userId: gone.id, name: "Former member", email: null, total: { cents: 69, ms: 3_600_000 }, byKind: { pod: { cents: 69, ms: 3_600_000 } } }]);
    expect([...usageCsvLines(report, period)][1]).toBe("2026-10-01,2026-10-31,Former member,,Pods,1,0.69,69\n");
  });

  it("the audit log keeps their events under their name; the user filter shows it, the search finds nobody and answers", async () => {
    const query = parseAuditQuery({ actor: gone.id });
    if (!query.ok) throw new Error(query.errors.join());
    const { rows } = await listAuditEvents(db, team.id, query.query);
    expect(rows.map((r) => [r.action, r.actorName])).toEqual([
      ["api_key.revoked", "Gwen Gone"],
      ["member.left", "Gwen Gone"],
    ]);
    expect(await actorLabel(db, team.id, gone.id)).toBe("Gwen Gone");
    expect(await searchActors(db, team.id, "Gwen")).toEqual([]);
    const response = await searchActorsRoute(new NextRequest(`http://localhost/t/${team.slug}/audit/actors?q=Gwen`), { params: Promise.resolve({ team: team.slug }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ actors: [] });
  });

  it("their member activity page has nothing to open (a 404), and their actions stay readable by id", async () => {
    expect(await membershipOf(team.id, gone.id)).toBeNull();
    expect(await findTeamMembership(db, team.id, gone.membershipId)).toBeNull();
    expect((await memberActivity(db, team.id, gone.id)).map((e) => e.action)).toEqual(["api_key.revoked", "member.left"]);
  });
});
