import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, can, permissionsOf } from "@/lib/permissions";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, createUser, uid, type TeamFixture } from "@/lib/test/fixtures";
import { createTeam, updateTeamSettings } from "./actions";
import { whatDeletingLoses } from "./delete";

describe("createTeam", () => {
  it("makes the creator the Owner and records the event", async () => {
    const user = await createUser("founder");
    actAs(user);
    const slug = `new-${uid()}`;
    const result = await createTeam({ name: "  New Co  ", slug: slug.toUpperCase() });
    expect(result).toEqual({ ok: true, data: { slug } });
    const team = await db.team.findUniqueOrThrow({ where: { slug }, include: { memberships: true } });
    expect(team.name).toBe("New Co");
    expect(team.memberships).toMatchObject([{ userId: user.id, role: "owner" }]);
    expect((await auditEventsOf(team.id)).map((e) => e.action)).toEqual(["team.created"]);
  });

  it("refuses a taken or malformed URL next to the field and creates nothing", async () => {
    const existing = await createTeamWithEveryRole();
    actAs(await createUser("late"));
    expect(await createTeam({ name: "Copy", slug: existing.slug })).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringMatching(/taken/) } });
    expect(await createTeam({ name: "Copy", slug: "-bad slug-" })).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(String) } });
    expect(await createTeam({ name: "", slug: "fine-slug" })).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String) } });
    expect(await db.team.count({ where: { name: "Copy" } })).toBe(0);
  });

  it("refuses a signed-out caller, saying so, so the form can offer to sign in again", async () => {
    actAs(null);
    expect(await createTeam({ name: "Ghost", slug: `ghost-${uid()}` })).toMatchObject({ ok: false, error: expect.stringMatching(/session/), signedOut: true });
    expect(await db.team.count({ where: { name: "Ghost" } })).toBe(0);
  });
});

describe("updateTeamSettings, for every built-in role", () => {
  let team: TeamFixture;
  beforeAll(async () => {
    team = await createTeamWithEveryRole();
  });

  for (const role of BUILT_IN_ROLE_KEYS) {
    const allowed = can({ userId: "x", permissions: new Set(permissionsOf(role)) }, "team.settings");
    it(`${role} is ${allowed ? "allowed" : "denied with a clear message"}`, async () => {
      actAs(team.users[role]);
      const before = await auditEventsOf(team.id);
      const name = `Renamed by ${role}`;
      const result = await updateTeamSettings(team.slug, { name, slug: team.slug, defaultRole: "viewer", seatLimit: 50, inviteExpiryDays: 7, require2fa: false });
      const after = await db.team.findUniqueOrThrow({ where: { id: team.id } });
      const events = await auditEventsOf(team.id);
      if (allowed) {
        expect(result).toEqual({ ok: true, data: { slug: team.slug } });
        expect(after.name).toBe(name);
        expect(events.slice(before.length).map((e) => [e.action, e.actorId])).toEqual([["team.updated", team.users[role].id]]);
      } else {
        expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/does not allow/) });
        expect(after.name).not.toBe(name);
        expect(events).toHaveLength(before.length);
      }
    });
  }

  it("hides the team from a non-member", async () => {
    actAs(await createUser("outsider"));
    expect(await updateTeamSettings(team.slug, { name: "Hijacked", slug: team.slug, defaultRole: "viewer", seatLimit: 50, inviteExpiryDays: 7, require2fa: false })).toMatchObject({
      ok: false,
      error: "You are not a member of this team.",
    });
  });

  it("sees a role change on the very next call", async () => {
    const membership = await db.membership.findFirstOrThrow({ where: { teamId: team.id, userId: team.users.viewer.id } });
    actAs(team.users.viewer);
    expect((await updateTeamSettings(team.slug, { name: "Viewer try", slug: team.slug, defaultRole: "viewer", seatLimit: 50, inviteExpiryDays: 7, require2fa: false })).ok).toBe(false);
    await db.membership.update({ where: { id: membership.id }, data: { role: "admin" } });
    expect((await updateTeamSettings(team.slug, { name: "Viewer try", slug: team.slug, defaultRole: "viewer", seatLimit: 50, inviteExpiryDays: 7, require2fa: false })).ok).toBe(true);
    await db.membership.update({ where: { id: membership.id }, data: { role: "viewer" } });
  });
});

describe("what deleting a team gives up", () => {
  it("counts the resources still running and the balance due", async () => {
    const team = await createTeamWithEveryRole();
    const now = new Date("2026-11-20T12:00:00Z");
    expect(await whatDeletingLoses(db, team.id, now)).toEqual({ running: 0, balanceDue: 0, creditLeft: 0 });
    await db.resource.create({
      data: { teamId: team.id, kind: "pod", name: "busy", status: "running", creatorId: team.users.owner.id, hourlyCostCents: 100, runningSince: new Date("2026-11-20T10:00:00Z") },
    });
    expect(await whatDeletingLoses(db, team.id, now)).toEqual({ running: 1, balanceDue: 200, creditLeft: 0 });
    // Credit pays what has been used first; only what is left over is lost.
    await db.team.update({ where: { id: team.id }, data: { creditBalanceCents: 150 } });
    expect(await whatDeletingLoses(db, team.id, now)).toEqual({ running: 1, balanceDue: 50, creditLeft: 0 });
    await db.team.update({ where: { id: team.id }, data: { creditBalanceCents: 500 } });
    expect(await whatDeletingLoses(db, team.id, now)).toEqual({ running: 1, balanceDue: 0, creditLeft: 300 });
  });

  it("closes the books first, as the billing pages do, so a month the card pays is not counted as due", async () => {
    const team = await createTeamWithEveryRole();
    await db.paymentMethod.create({
      data: { teamId: team.id, providerRef: `local_${uid()}`, brand: "Visa", last4: "4242", expMonth: 12, expYear: 2039, billingName: "A", addressLine: "B", city: "C", postalCode: "D", country: "DE", isDefault: true },
    });
    const october = new Date("2026-10-12T08:00:00Z");
    await db.usageRecord.create({
      data: { teamId: team.id, resourceId: "r1", resourceKind: "pod", resourceName: "train", userId: team.users.developer.id, startedAt: october, endedAt: new Date(october.getTime() + 3_600_000), cents: 300 },
    });
    await db.usageRecord.create({
      data: { teamId: team.id, resourceId: "r1", resourceKind: "pod", resourceName: "train", userId: team.users.developer.id, startedAt: new Date("2026-11-02T08:00:00Z"), endedAt: new Date("2026-11-02T09:00:00Z"), cents: 120 },
    });
    expect(await whatDeletingLoses(db, team.id, new Date("2026-11-20T12:00:00Z"))).toEqual({ running: 0, balanceDue: 120, creditLeft: 0 });
    expect(await db.invoice.findMany({ where: { teamId: team.id }, select: { totalCents: true, status: true } })).toEqual([{ totalCents: 300, status: "paid" }]);
  });
});
