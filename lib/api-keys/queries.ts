import type { Db } from "@/lib/db/client";
import { resolveRole, type Actor } from "@/lib/permissions";
import { resourceVisibility } from "@/lib/resources/queries";

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
