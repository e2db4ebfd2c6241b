import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/t/[team]/members/export/route";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, can, permissionsOf } from "@/lib/permissions";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, createUser, uid, type TeamFixture } from "@/lib/test/fixtures";
import { memberCsvStream } from "./csv";
import { listMembers } from "./list";
import { MEMBER_SORTS, type MemberSort } from "./schemas";

let team: TeamFixture;

beforeAll(async () => {
  team = await createTeamWithEveryRole();
  const inviter = team.users.owner.id;
  await db.invitation.createMany({
    data: [
      { teamId: team.id, email: `pending-${uid()}@example.test`, role: "viewer", tokenHash: `t-${uid()}`, inviterId: inviter, expiresAt: new Date(Date.now() + 86_400_000) },
      { teamId: team.id, email: `expired-${uid()}@example.test`, role: "developer", tokenHash: `t-${uid()}`, inviterId: inviter, expiresAt: new Date(Date.now() - 86_400_000) },
    ],
  });
  const sly = await db.user.create({ data: { name: "=HYPERLINK(\"http://evil.test\")", email: `sly-${uid()}@example.test` } });
  await db.membership.create({ data: { teamId: team.id, userId: sly.id, role: "viewer" } });
});

function exportAs(user: { id: string } | null, query = "", slug = team.slug) {
  actAs(user as never);
  return GET(new NextRequest(`http://localhost/t/${slug}/members/export${query}`), { params: Promise.resolve({ team: slug }) });
}

const lines = async (response: Response) => (await response.text()).trimEnd().split("\n");

describe("members CSV export", () => {
  it("lists every member and pending invitation, newest first like the page, with sign-in columns for those who may see them", async () => {
    const response = await exportAs(team.users.owner);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="members-${team.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const [header, ...rows] = await lines(response);
    expect(header).toBe("Name,Email,Role,Status,Joined or invited (UTC),Invitation expires (UTC),Access ends (UTC),Last active (UTC),Sign-in method,2FA");
    const page = await listMembers(db, team.id, {});
    expect(rows.map((r) => r.split(",")[1])).toEqual(page.rows.map((r) => r.email));
    expect(rows).toHaveLength(BUILT_IN_ROLE_KEYS.length + 3);
    expect(rows.find((r) => r.includes("expired-"))).toMatch(/^,expired-[^,]+,Developer,Expired,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC,,,,$/);
    expect(rows.find((r) => r.includes(team.users.admin.email))).toMatch(new RegExp(`^${team.users.admin.name},${team.users.admin.email},Admin,Joined,\\d{4}-[^,]+ UTC,,,\\d{4}-[^,]+ UTC,Magic link,Off$`));
    expect(rows.find((r) => r.includes("sly-"))).toMatch(/^"'=HYPERLINK\(""http:\/\/evil.test""\)",/); // shown as text, not run
  });

  it("keeps the page's filters and ignores ones that do not parse, like the page", async () => {
    const viewers = (await lines(await exportAs(team.users.owner, "?role=viewer&status=nonsense"))).slice(1);
    expect(viewers.every((r) => r.split(",")[2] === "Viewer")).toBe(true);
    expect(viewers).toHaveLength(3); // the Viewer, the "=HYPERLINK" viewer, the pending invite
    const pending = (await lines(await exportAs(team.users.owner, "?status=pending"))).slice(1);
    expect(pending.map((r) => r.split(",")[3])).toEqual(["Pending"]);
    const searched = (await lines(await exportAs(team.users.owner, `?q=${encodeURIComponent(team.users.billing.email.toUpperCase())}`))).slice(1);
    expect(searched.map((r) => r.split(",")[1])).toEqual([team.users.billing.email]);
  });

  it("reads in batches without losing or repeating a row, in any of the list's orders", async () => {
    const read = async (batchSize: number, sort?: MemberSort) => (await new Response(memberCsvStream(db, team.id, { sort }, false, batchSize)).text()).trimEnd().split("\n");
    const whole = await read(1000);
    for (const size of [1, 2, 3, 11]) expect(await read(size)).toEqual(whole);
    for (const sort of MEMBER_SORTS) expect(await read(3, sort), sort).toEqual(await read(1000, sort));
    expect(whole[0]).toBe("Name,Email,Role,Status,Joined or invited (UTC),Invitation expires (UTC),Access ends (UTC)");
  });

  it("follows the page's order, by name here; an order by activity only for those who may see activity", async () => {
    const emails = async (user: { id: string }, query: string) => (await lines(await exportAs(user, query))).slice(1).map((r) => r.split(",")[1]);
    const page = async (sort: MemberSort) => (await listMembers(db, team.id, { sort })).rows.map((r) => r.email);
    const byName = await emails(team.users.owner, "?sort=name");
    expect(byName).toEqual(await page("name"));
    expect(byName).not.toEqual(await page("newest"));
    expect(await emails(team.users.owner, "?sort=idle")).toEqual(await page("idle"));
    expect(await emails(team.users.admin, "?sort=idle")).toEqual(await page("newest"));
  });

  it("is recorded in the audit log with its filters", async () => {
    await exportAs(team.users.admin, "?role=viewer&q=x");
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({
      action: "members.exported",
      actorId: team.users.admin.id,
      targetType: "team",
      metadata: { format: "csv", filters: { q: "x", role: "viewer" }, signInColumns: false },
    });
  });

  it.each(BUILT_IN_ROLE_KEYS)("answers %s as members.read and members.security say", async (role) => {
    const response = await exportAs(team.users[role]);
    const member = { userId: team.users[role].id, permissions: new Set(permissionsOf(role)) };
    expect(response.status).toBe(can(member, "members.read") ? 200 : 403);
    if (response.status === 200) expect((await lines(response))[0].endsWith(",2FA")).toBe(can(member, "members.security"));
  });

  it("refuses a custom role without members.read, outsiders and the signed-out, and writes no event", async () => {
    const role = await db.customRole.create({ data: { teamId: team.id, name: `Pods only ${uid()}`, permissions: ["resources.own"] } });
    const podsOnly = await createUser("pods");
    await db.membership.create({ data: { teamId: team.id, userId: podsOnly.id, role: "custom", customRoleId: role.id } });
    const before = (await auditEventsOf(team.id)).length;
    const denied = await exportAs(podsOnly);
    expect(denied.status).toBe(403);
    expect(await denied.text()).toMatch(/does not allow this/);
    expect((await exportAs(await createUser("outsider"))).status).toBe(404);
    expect((await exportAs(null)).status).toBe(401);
    expect((await auditEventsOf(team.id)).length).toBe(before);
  });
});
