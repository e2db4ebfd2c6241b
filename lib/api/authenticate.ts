import type { AuditActor } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashApiKey, looksLikeApiKey } from "@/lib/api-keys/secret";
import type { Db } from "@/lib/db/client";
import { resolveRole, type Permission } from "@/lib/permissions";
import { loadMember, type Member } from "@/lib/teams/member";

/** Who an API request acts as: the key's creator, limited to what both the key and the creator may do. */
export type ApiPrincipal = { keyId: string; member: Member; user: CurrentUser; actor: AuditActor };

const LAST_USED_PRECISION_MS = 60_000;

/** The `Bearer` token of a request, or null. */
export function bearerToken(headers: Headers): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "");
  return match ? match[1] : null;
}

/**
 * Looks a key up by its SHA-256 and refuses revoked and expired keys and keys whose creator has
 * left the team. The key's permissions are its role's, intersected with the creator's current
 * ones, so a creator who is demoted or removed takes the key down with them.
 */
export async function authenticateApiKey(client: Db, secret: string, now = new Date()): Promise<ApiPrincipal | null> {
  if (!looksLikeApiKey(secret)) return null;
  const key = await client.apiKey.findUnique({
    where: { keyHash: hashApiKey(secret) },
    select: {
      id: true,
      name: true,
      role: true,
      customRoleId: true,
      creatorId: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      customRole: { select: { name: true, permissions: true } },
      team: { select: { slug: true } },
    },
  });
  if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
  const [creator, user] = await Promise.all([
    loadMember(client, key.team.slug, key.creatorId, { touch: true }),
    client.user.findUnique({ where: { id: key.creatorId }, select: { id: true, email: true, name: true, totpEnabled: true } }),
  ]);
  if (!creator || !user) return null;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await client.apiKey.updateMany({
      where: { id: key.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_PRECISION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  const role = resolveRole(key);
  const permissions = new Set<Permission>([...role.permissions].filter((p) => creator.permissions.has(p)));
  const limited = permissions.size < role.permissions.size;
  const member: Member = {
    ...creator,
    role: key.role,
    customRoleId: key.customRoleId,
    roleName: limited ? `${role.name} key, limited to its creator's role ${creator.roleName}` : `${role.name} key`,
    permissions,
  };
  return { keyId: key.id, member, user, actor: { type: "api_key", id: key.id, name: `${key.name} (${user.email})` } };
}
