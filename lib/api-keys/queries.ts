import type { Db } from "@/lib/db/client";
import { resolveRole, type Actor } from "@/lib/permissions";
import { resourceVisibility } from "@/lib/resources/queries";

export type ApiKeyStatus = "active" | "expired" | "revoked";

export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && key.expiresAt <= now) return "expired";
  return "active";
}

export const API_KEYS_PAGE_SIZE = 50;

/**
 * One page of the team's keys this member may see (all of them with `resources.read`, their own
 * with `resources.own`), unrevoked first, newest first, and how many there are.
 */
export async function listApiKeys(client: Db, member: Actor & { team: { id: string } }, page = 1, now = new Date()) {
  const visibility = resourceVisibility(member);
  if (visibility === "none") return { keys: [], total: 0 };
  const where = { teamId: member.team.id, ...(visibility === "own" ? { creatorId: member.userId } : {}) };
  const [keys, total] = await Promise.all([
    client.apiKey.findMany({
      where,
      orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * API_KEYS_PAGE_SIZE,
      take: API_KEYS_PAGE_SIZE,
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
    }),
    client.apiKey.count({ where }),
  ]);
  const creators = await client.user.findMany({ where: { id: { in: [...new Set(keys.map((k) => k.creatorId))] } }, select: { id: true, name: true, email: true } });
  const byId = new Map(creators.map((c) => [c.id, c]));
  const rows = keys.map((k) => ({
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
  return { keys: rows, total };
}
export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>["keys"][number];
