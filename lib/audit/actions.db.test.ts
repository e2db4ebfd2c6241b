import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, can, permissionsOf } from "@/lib/permissions";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole } from "@/lib/test/fixtures";
import { updateAuditRetention, verifyAuditLog } from "./actions";

const allowed = (role: (typeof BUILT_IN_ROLE_KEYS)[number], permission: "team.settings" | "audit.read") =>
  can({ userId: "x", permissions: new Set(permissionsOf(role)) }, permission);

describe("updateAuditRetention", () => {
  it("stores the retention and records before and after", async () => {
    const team = await createTeamWithEveryRole();
    actAs(team.users.admin);
    expect(await updateAuditRetention(team.slug, { retentionDays: " 90 " })).toEqual({ ok: true, data: { retentionDays: 90 } });
    expect(await updateAuditRetention(team.slug, { retentionDays: "" })).toEqual({ ok: true, data: { retentionDays: null } });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).auditRetentionDays).toBeNull();
    const events = await auditEventsOf(team.id);
    expect(events.map((e) => [e.action, e.metadata])).toEqual([
      ["audit.retention_updated", { before: { retentionDays: null }, after: { retentionDays: 90 } }],
      ["audit.retention_updated", { before: { retentionDays: 90 }, after: { retentionDays: null } }],
    ]);
  });

  it("explains bad values next to the field", async () => {
    const team = await createTeamWithEveryRole();
    actAs(team.users.owner);
    for (const [value, message] of [["3", /at least 7/], ["5000", /at most 3650/], ["ten", /whole number/], ["1.5", /whole number/]] as const) {
      expect(await updateAuditRetention(team.slug, { retentionDays: value })).toMatchObject({ ok: false, fieldErrors: { retentionDays: expect.stringMatching(message) } });
    }
    expect(await auditEventsOf(team.id)).toEqual([]);
  });

  it("is allowed exactly to roles with team.settings", async () => {
    const team = await createTeamWithEveryRole();
    for (const role of BUILT_IN_ROLE_KEYS) {
      actAs(team.users[role]);
      const result = await updateAuditRetention(team.slug, { retentionDays: "30" });
      expect(result.ok, role).toBe(allowed(role, "team.settings"));
      if (!result.ok) expect(result.error).toMatch(/does not allow/);
    }
  });
});

describe("verifyAuditLog", () => {
  it("reports an intact chain and records who checked", async () => {
    const team = await createTeamWithEveryRole();
    actAs(team.users.owner);
    await updateAuditRetention(team.slug, { retentionDays: "30" });
    expect(await verifyAuditLog(team.slug, {})).toEqual({ ok: true, data: { ok: true, checked: 1 } });
    expect(await verifyAuditLog(team.slug, {})).toEqual({ ok: true, data: { ok: true, checked: 2 } });
    const last = (await auditEventsOf(team.id)).at(-1)!;
    expect(last).toMatchObject({ action: "audit.verified", actorId: team.users.owner.id, metadata: { ok: true, checked: 2 } });
  });

  it("reports the first broken link", async () => {
    const team = await createTeamWithEveryRole();
    actAs(team.users.owner);
    await updateAuditRetention(team.slug, { retentionDays: "30" });
    await updateAuditRetention(team.slug, { retentionDays: "60" });
    const [first] = await auditEventsOf(team.id);
    await db.$executeRaw`UPDATE "AuditEvent" SET "metadata" = '{"after":{"retentionDays":9999}}' WHERE id = ${first.id}`;
    expect(await verifyAuditLog(team.slug, {})).toEqual({
      ok: true,
      data: { ok: false, checked: 0, brokenAt: first.id.toString(), reason: "content does not match its hash" },
    });
  });

  it("is allowed exactly to roles with audit.read", async () => {
    const team = await createTeamWithEveryRole();
    for (const role of BUILT_IN_ROLE_KEYS) {
      actAs(team.users[role]);
      expect((await verifyAuditLog(team.slug, {})).ok, role).toBe(allowed(role, "audit.read"));
    }
  });
});
