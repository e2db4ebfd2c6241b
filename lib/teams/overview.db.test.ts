import { beforeAll, describe, expect, it } from "vitest";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, can, type BuiltInRole } from "@/lib/permissions";
import { createTeamWithEveryRole, createUser, uid, type TeamFixture } from "@/lib/test/fixtures";
import { loadMember } from "./member";
import { teamOverview } from "./overview";

let team: TeamFixture;
const now = new Date("2026-11-20T12:00:00Z");

const resource = (creatorId: string, kind: string, runningSince: Date | null) =>
  db.resource.create({ data: { teamId: team.id, kind, name: `r-${uid()}`, status: runningSince ? "running" : "stopped", creatorId, hourlyCostCents: 50, runningSince } });

const overviewOf = async (role: BuiltInRole) => teamOverview(db, (await loadMember(db, team.slug, team.users[role].id))!, now);

beforeAll(async () => {
  team = await createTeamWithEveryRole();
  await resource(team.users.developer.id, "pod", new Date("2026-11-20T10:00:00Z"));
  await resource(team.users.developer.id, "pod", null);
  await resource(team.users.developer.id, "volume", new Date("2026-11-01T00:00:00Z"));
  await resource(team.users.basic.id, "cluster", new Date("2026-11-20T11:00:00Z"));
  await db.invitation.create({ data: { teamId: team.id, email: `pending-${uid()}@example.test`, role: "viewer", tokenHash: uid(), inviterId: team.users.owner.id, expiresAt: new Date("2099-01-01") } });
});

describe("the team overview", () => {
  it.each(BUILT_IN_ROLE_KEYS)("shows a %s only the parts its role may see", async (role) => {
    const overview = await overviewOf(role);
    const member = (await loadMember(db, team.slug, team.users[role].id))!;
    expect(overview.seats !== null).toBe(can(member, "members.read"));
    expect(typeof overview.seats?.inactive).toBe(can(member, "members.security") ? "number" : overview.seats ? "object" : "undefined");
    expect(typeof overview.seats?.unsent).toBe(can(member, "members.invite") ? "number" : overview.seats ? "object" : "undefined");
    expect(overview.owners).toEqual(can(member, "members.read") ? [team.users.owner.name] : null);
    expect(overview.spend !== null).toBe(can(member, "billing.read"));
    expect(overview.resources?.scope ?? "none").toBe(can(member, "resources.read") ? "all" : member.permissions.has("resources.own") ? "own" : "none");
    expect(overview.activity.scope).toBe(can(member, "audit.read") ? "team" : "own");
  });

  it("shows no seats or Owners to a custom role that may not see the members", async () => {
    const role = await db.customRole.create({ data: { teamId: team.id, name: `Watcher ${uid()}`, permissions: ["resources.read"] } });
    const user = await createUser("watcher");
    await db.membership.create({ data: { teamId: team.id, userId: user.id, role: "custom", customRoleId: role.id } });
    const overview = await teamOverview(db, (await loadMember(db, team.slug, user.id))!, now);
    expect(overview).toMatchObject({ seats: null, owners: null, spend: null, resources: { scope: "all" }, activity: { scope: "own", rows: [] } });
    await db.membership.deleteMany({ where: { userId: user.id } });
  });

  it("counts seats, resources by kind with those running, and this month's spend", async () => {
    const owner = await overviewOf("owner");
    expect(owner.seats).toEqual({ members: 8, used: 9, limit: 50, inactive: 0, unsent: 0 });
    expect(owner.resources?.kinds).toEqual([
      { kind: "pod", total: 2, running: 1 },
      { kind: "endpoint", total: 0, running: 0 },
      { kind: "cluster", total: 1, running: 1 },
      { kind: "volume", total: 1, running: 1 },
    ]);
    // Two hours of a pod, one of a cluster and nineteen and a half days of a volume, none recorded yet.
    expect(owner.spend).toEqual({ monthToDateCents: 100 + 50 + 23_400, burnRateCents: 150, limitCents: expect.any(Number) });
  });

  it("counts the members who have not used the team for 90 days, for those who may see members' activity", async () => {
    const viewer = { teamId: team.id, userId: team.users.viewer.id };
    await db.membership.update({ where: { teamId_userId: viewer }, data: { lastActiveAt: new Date(now.getTime() - 91 * 86_400_000) } });
    expect((await overviewOf("owner")).seats?.inactive).toBe(1);
    expect((await overviewOf("admin")).seats?.inactive).toBeNull();
    await db.membership.update({ where: { teamId_userId: viewer }, data: { lastActiveAt: new Date(now.getTime() - 89 * 86_400_000) } });
    expect((await overviewOf("owner")).seats?.inactive).toBe(0);
  });

  it("counts the invitations whose email has not been sent, for those who may invite", async () => {
    const unsent = await db.invitation.create({
      data: { teamId: team.id, email: `unsent-${uid()}@example.test`, role: "viewer", tokenHash: uid(), inviterId: team.users.owner.id, mailError: "The mail provider refused it: Service unavailable" },
    });
    expect((await overviewOf("admin")).seats?.unsent).toBe(1);
    expect((await overviewOf("viewer")).seats?.unsent).toBeNull();
    await db.invitation.update({ where: { id: unsent.id }, data: { status: "cancelled" } });
    expect((await overviewOf("owner")).seats?.unsent).toBe(0);
  });

  it("suggests inviting people only to an inviter alone in the team, and a card only to those who manage billing without one", async () => {
    const steps = async (role: BuiltInRole) => (await overviewOf(role)).nextSteps;
    expect(await steps("owner")).toEqual({ invite: false, paymentMethod: true });
    expect(await steps("billing")).toEqual({ invite: false, paymentMethod: true });
    expect(await steps("billing_viewer")).toEqual({ invite: false, paymentMethod: false });
    expect(await steps("developer")).toEqual({ invite: false, paymentMethod: false });

    const founder = await createUser("founder");
    const solo = await db.team.create({ data: { name: "Solo", slug: `solo-${uid()}`, memberships: { create: { userId: founder.id, role: "owner" } } } });
    await db.paymentMethod.create({
      data: { teamId: solo.id, providerRef: `local_${uid()}`, brand: "Visa", last4: "4242", expMonth: 12, expYear: 2039, billingName: "A", addressLine: "B", city: "C", postalCode: "D", country: "DE", isDefault: true },
    });
    const alone = async () => (await teamOverview(db, (await loadMember(db, solo.slug, founder.id))!, now)).nextSteps;
    expect(await alone()).toEqual({ invite: true, paymentMethod: false });
    await db.invitation.create({ data: { teamId: solo.id, email: `first-${uid()}@example.test`, role: "viewer", tokenHash: uid(), inviterId: founder.id, expiresAt: new Date("2099-01-01") } });
    expect(await alone()).toEqual({ invite: false, paymentMethod: false });
  });

  it("counts only their own resources for a member who sees only those", async () => {
    expect((await overviewOf("basic")).resources).toEqual({
      scope: "own",
      kinds: [
        { kind: "pod", total: 0, running: 0 },
        { kind: "endpoint", total: 0, running: 0 },
        { kind: "cluster", total: 1, running: 1 },
        { kind: "volume", total: 0, running: 0 },
      ],
    });
  });

  it("lists the team's latest events for audit readers and only their own actions for the others", async () => {
    const event = (role: BuiltInRole, action: string) =>
      db.$transaction((tx) => audit(tx, { teamId: team.id, actor: { type: "user", id: team.users[role].id, name: role }, action }));
    await event("admin", "member.role_changed");
    await event("viewer", "member.left");
    expect((await overviewOf("owner")).activity.rows.slice(0, 2).map((r) => [r.action, r.actorId])).toEqual([
      ["member.left", team.users.viewer.id],
      ["member.role_changed", team.users.admin.id],
    ]);
    expect((await overviewOf("viewer")).activity.rows.map((r) => [r.action, r.actorId])).toEqual([["member.left", team.users.viewer.id]]);
    expect((await overviewOf("basic")).activity.rows).toEqual([]);
  });
});
