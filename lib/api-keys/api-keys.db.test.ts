import { beforeEach, describe, expect, it } from "vitest";
import { GET as listMembers } from "@/app/api/v1/members/route";
import { callApi, insertApiKey } from "@/lib/api/test-client";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, can, permissionsOf } from "@/lib/permissions";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, type TeamFixture } from "@/lib/test/fixtures";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";
import { roleOptions } from "@/lib/roles/options";
import { API_KEYS_PAGE_SIZE, listApiKeys } from "./queries";
import { hashApiKey } from "./secret";

let team: TeamFixture;
beforeEach(async () => {
  team = await createTeamWithEveryRole();
});

const memberOf = (role: (typeof BUILT_IN_ROLE_KEYS)[number]) => ({ userId: team.users[role].id, permissions: new Set(permissionsOf(role)), team: { id: team.id } });

describe("who may create and revoke keys, per built-in role", () => {
  for (const role of BUILT_IN_ROLE_KEYS) {
    const actor = { userId: "me", permissions: new Set(permissionsOf(role)) };
    const mayCreate = can(actor, "resources.create");
    const mayRevokeOwn = can(actor, "resources.delete", { creatorId: "me" });
    const mayRevokeAny = can(actor, "resources.delete", { creatorId: "someone-else" });

    it(`${role}: ${mayCreate ? "creates" : "cannot create"}, ${mayRevokeOwn ? "revokes" : "cannot revoke"} their own, ${mayRevokeAny ? "revokes" : "cannot revoke"} others' keys`, async () => {
      actAs(team.users[role]);
      const roleOfKey = role === "owner" ? "admin" : role;
      const created = await createApiKeyAction(team.slug, { name: "ci", role: roleOfKey, expiresInDays: "" });
      expect(created.ok).toBe(mayCreate);
      if (!created.ok) expect(created.error).toMatch(/does not allow this/);

      const own = await insertApiKey({ teamId: team.id, creatorId: team.users[role].id, role: roleOfKey });
      const others = await insertApiKey({ teamId: team.id, creatorId: team.users[role === "developer" ? "modifier" : "developer"].id, role: "viewer" });
      expect((await revokeApiKeyAction(team.slug, { apiKeyId: own.id })).ok).toBe(mayRevokeOwn);
      expect((await revokeApiKeyAction(team.slug, { apiKeyId: others.id })).ok).toBe(mayRevokeAny);
    });
  }
});

describe("creating a key", () => {
  it("shows the secret once and stores only its SHA-256", async () => {
    actAs(team.users.developer);
    const result = await createApiKeyAction(team.slug, { name: "  deploy bot ", role: "developer", expiresInDays: "30" });
    if (!result.ok) throw new Error(result.error);
    const { secret, prefix, id } = result.data;
    expect(secret).toMatch(/^rk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`${prefix}_`)).toBe(true);
    const stored = await db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ name: "deploy bot", prefix, keyHash: hashApiKey(secret), role: "developer", creatorId: team.users.developer.id });
    expect(JSON.stringify(stored)).not.toContain(secret.slice(12));
    expect(stored.expiresAt!.getTime() - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
    const listed = (await listApiKeys(db, memberOf("owner"))).keys;
    expect(listed).toEqual([expect.objectContaining({ id, prefix, roleName: "Developer", status: "active" })]);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(12));
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({ action: "api_key.created", targetType: "api_key", targetId: id, actorId: team.users.developer.id });
    expect(JSON.stringify((await auditEventsOf(team.id)).map((e) => e.metadata))).not.toContain(secret.slice(12));
  });

  it("never grants a role above the creator's, nor Owner, nor unknown roles", async () => {
    actAs(team.users.developer);
    expect(await createApiKeyAction(team.slug, { name: "x-key", role: "admin", expiresInDays: "" })).toMatchObject({ ok: false, fieldErrors: { role: expect.stringMatching(/cannot grant Admin/) } });
    expect(await createApiKeyAction(team.slug, { name: "x-key", role: "billing", expiresInDays: "" })).toMatchObject({ ok: false });
    actAs(team.users.owner);
    expect(await createApiKeyAction(team.slug, { name: "x-key", role: "owner", expiresInDays: "" })).toMatchObject({ ok: false, fieldErrors: { role: expect.any(String) } });
    expect(await createApiKeyAction(team.slug, { name: "x-key", role: "custom:nope", expiresInDays: "" })).toMatchObject({ ok: false, fieldErrors: { role: "Pick one of the team's roles" } });
    expect(await createApiKeyAction(team.slug, { name: "x", role: "viewer", expiresInDays: "0" })).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String), expiresInDays: expect.any(String) } });
  });

  it("offers only grantable roles, custom ones included", async () => {
    const custom = await db.customRole.create({ data: { teamId: team.id, name: "Auditor", permissions: ["members.read", "audit.read"] } });
    const choices = await roleOptions(db, team.id, memberOf("developer"));
    expect(choices.filter((c) => c.grantable).map((c) => c.value)).toEqual(["developer", "modifier", "viewer"]);
    expect(choices).toContainEqual(expect.objectContaining({ value: `custom:${custom.id}`, name: "Auditor", grantable: false }));
  });
});

describe("revoking a key", () => {
  it("takes effect on the very next API call, and is audited", async () => {
    actAs(team.users.admin);
    const created = await createApiKeyAction(team.slug, { name: "ci", role: "viewer", expiresInDays: "" });
    if (!created.ok) throw new Error(created.error);
    expect((await callApi(listMembers, { key: created.data.secret })).status).toBe(200);
    expect(await revokeApiKeyAction(team.slug, { apiKeyId: created.data.id })).toEqual({ ok: true, data: null });
    expect((await callApi(listMembers, { key: created.data.secret })).status).toBe(401);
    expect((await auditEventsOf(team.id)).at(-1)).toMatchObject({ action: "api_key.revoked", targetId: created.data.id });
    expect(await revokeApiKeyAction(team.slug, { apiKeyId: created.data.id })).toMatchObject({ ok: false, error: "That key is already revoked." });
  });

  it("404s for another team's key", async () => {
    const other = await createTeamWithEveryRole();
    const key = await insertApiKey({ teamId: other.id, creatorId: other.users.owner.id, role: "viewer" });
    actAs(team.users.owner);
    expect(await revokeApiKeyAction(team.slug, { apiKeyId: key.id })).toMatchObject({ ok: false, error: "That resource no longer exists." });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).revokedAt).toBeNull();
  });
});

describe("listing keys", () => {
  it("shows everyone's keys to resource readers, only their own to Basic, none to Billing", async () => {
    await insertApiKey({ teamId: team.id, creatorId: team.users.basic.id, role: "basic", name: "mine" });
    await insertApiKey({ teamId: team.id, creatorId: team.users.developer.id, role: "viewer", name: "theirs", expiresAt: new Date(Date.now() - 1000) });
    expect((await listApiKeys(db, memberOf("viewer"))).keys.map((k) => [k.name, k.status]).sort()).toEqual([["mine", "active"], ["theirs", "expired"]]);
    expect((await listApiKeys(db, memberOf("basic"))).keys.map((k) => k.name)).toEqual(["mine"]);
    expect(await listApiKeys(db, memberOf("billing"))).toEqual({ keys: [], total: 0 });
  });

  it("comes a page at a time, unrevoked keys first, newest first, with the total", async () => {
    const owner = team.users.owner.id;
    const revoked = await insertApiKey({ teamId: team.id, creatorId: owner, role: "viewer", name: "revoked", revokedAt: new Date() });
    const active = [];
    for (let i = 0; i < API_KEYS_PAGE_SIZE; i++) active.push(await insertApiKey({ teamId: team.id, creatorId: owner, role: "viewer", name: `key ${i}` }));
    const first = await listApiKeys(db, memberOf("owner"), 1);
    expect(first.total).toBe(API_KEYS_PAGE_SIZE + 1);
    expect(first.keys).toHaveLength(API_KEYS_PAGE_SIZE);
    expect(first.keys[0].name).toBe(`key ${API_KEYS_PAGE_SIZE - 1}`);
    expect(first.keys.map((k) => k.id)).not.toContain(revoked.id);
    expect((await listApiKeys(db, memberOf("owner"), 2)).keys.map((k) => [k.id, k.status])).toEqual([[revoked.id, "revoked"]]);
    expect(new Set(first.keys.map((k) => k.id))).toEqual(new Set(active.map((k) => k.id)));
  });
});
