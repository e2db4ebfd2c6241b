import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { assertGrantable, resolveRoleChoice } from "@/lib/roles/choice";
import type { z } from "zod";
import type { apiKeyIdSchema, createApiKeySchema } from "./schemas";
import { newApiKeySecret } from "./secret";

const DAY_MS = 86_400_000;

/** Creates a key with a role the creator may grant; the secret is returned this once and never stored. */
export async function createApiKey({ input, member, actor, request, tx }: TeamActionContext<z.output<typeof createApiKeySchema>>) {
  const role = await resolveRoleChoice(tx, member.team.id, input.role);
  assertGrantable(member, role);
  const { secret, prefix, hash } = newApiKeySecret();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
  const key = await tx.apiKey.create({
    data: { teamId: member.team.id, name: input.name, prefix, keyHash: hash, role: role.role, customRoleId: role.customRoleId, creatorId: member.userId, expiresAt },
    select: { id: true },
  });
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "api_key.created",
    target: { type: "api_key", id: key.id, label: `${input.name} (${prefix})` },
    metadata: { after: { name: input.name, prefix, role: role.name, expiresAt: expiresAt?.toISOString() ?? null } },
    request,
  });
  return { id: key.id, name: input.name, prefix, secret, roleName: role.name, expiresAt: expiresAt?.toISOString() ?? null };
}

/** The key to revoke, locked; its creator decides whether `resources.own` is enough. */
export async function loadApiKeyForRevoke(tx: Tx, input: z.output<typeof apiKeyIdSchema>, teamId: string) {
  await tx.$queryRaw`SELECT id FROM "ApiKey" WHERE id = ${input.apiKeyId} FOR UPDATE`;
  return tx.apiKey.findFirst({ where: { id: input.apiKeyId, teamId }, select: { id: true, name: true, prefix: true, creatorId: true, revokedAt: true } });
}

type RevokeContext = TeamActionContext<z.output<typeof apiKeyIdSchema>> & { resource: NonNullable<Awaited<ReturnType<typeof loadApiKeyForRevoke>>> };

/** Stops the key at once: the next request with it is refused. */
export async function revokeApiKey({ resource: key, member, actor, request, tx }: RevokeContext) {
  if (key.revokedAt) throw new ActionError("That key is already revoked.", undefined, 409);
  await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() } });
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "api_key.revoked",
    target: { type: "api_key", id: key.id, label: `${key.name} (${key.prefix})` },
    request,
  });
  return null;
}
