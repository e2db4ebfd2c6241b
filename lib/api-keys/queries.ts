import type { Db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, canGrant, isOwner, resolveRole, type Actor } from "@/lib/permissions";
import { resourceVisibility } from "@/lib/resources/queries";
import { roleChoiceOf } from "@/lib/roles/choice";

export type ApiKeyStatus = "active" | "expired" | "revoked";

export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt <= now) return "expired";
  return "active";
}

/** The team's keys this member may see: all of them with `resources.read`, their own with `resources.own`. */
export async function listApiKeys(client: Db, member: Actor & { team: { id: string } }, now = new Date()) {
  const visibility = resourceVisibility(member);
  if (visibility === "none") return [];
  const keys = await client.apiKey.findMany({
    where: { teamId: member.team.id, ...(visibility === "own" ? { creatorId: member.userId } : {}) },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      prefix: true,
      role: true,
      customRole: { select: { name: true, permissions: true } },
      creatorId: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
    },
  });
  const creators = await client.user.findMany({ where: { id: { in: [...new Set(keys.map((k) => k.creatorId))] } }, select: { id: true, name: true, email: true } });
  const byId = new Map(creators.map((c) => [c.id, c]));
  return keys.map((k) => ({
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    roleName: resolveRole(k).name,
    creatorId: k.creatorId,
    creator: byId.get(k.creatorId) ?? null,
    createdAt: k.createdAt,
    lastUsedAt: k.lastUsedAt,
    expiresAt: k.expiresAt,
    status: apiKeyStatus(k, now),
  }));
}
export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

/** The team's roles as choices, marking those this member may give a key (never Owner, never above their own). */
export async function roleChoices(client: Db, member: Actor & { team: { id: string } }) {
  const custom = await client.customRole.findMany({ where: { teamId: member.team.id }, orderBy: { name: "asc" }, select: { id: true, name: true, permissions: true } });
  const refs = [
    ...BUILT_IN_ROLE_KEYS.filter((role) => !isOwner({ role })).map((role) => ({ role, customRoleId: null, customRole: null })),
    ...custom.map((c) => ({ role: "custom", customRoleId: c.id, customRole: c })),
  ];
  return refs.map((ref) => {
    const { name, permissions } = resolveRole(ref);
    return { value: roleChoiceOf(ref), name, grantable: canGrant(member, permissions) };
  });
}
