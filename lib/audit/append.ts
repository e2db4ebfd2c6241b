import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditInput } from "./record";
import { eventHash } from "./hash";

/** The advisory lock that serialises the writers of one chain (a team, or one user's team-less events). */
export async function lockChain(tx: Tx, input: Pick<AuditInput, "teamId" | "actor">): Promise<void> {
  const chainKey = input.teamId ?? `user:${input.actor.id ?? "anonymous"}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${chainKey}))`;
}

/**
 * Appends one event to its chain, linked to the chain's last event. The caller holds the chain lock.
 * Raw statements: every action writes an event, and Prisma would compile each ORM call per request.
 */
export async function appendEvent(tx: Tx, input: AuditInput): Promise<void> {
  const chain = input.teamId
    ? Prisma.sql`"teamId" = ${input.teamId}`
    : Prisma.sql`"teamId" IS NULL AND ${input.actor.id === null ? Prisma.sql`"actorId" IS NULL` : Prisma.sql`"actorId" = ${input.actor.id}`}`;
  const [previous] = await tx.$queryRaw<{ hash: string }[]>`SELECT hash FROM "AuditEvent" WHERE ${chain} ORDER BY id DESC LIMIT 1`;
  const event = {
    teamId: input.teamId,
    actorType: input.actor.type,
    actorId: input.actor.id,
    actorName: input.actor.name,
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    targetLabel: input.target?.label ?? null,
    metadata: input.metadata ?? {},
    ip: input.request?.ip ?? null,
    userAgent: input.request?.userAgent ?? null,
    createdAt: new Date(),
    prevHash: previous?.hash ?? null,
  };
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("teamId", "actorType", "actorId", "actorName", action, "targetType", "targetId", "targetLabel",
                              metadata, ip, "userAgent", "createdAt", "prevHash", hash)
    VALUES (${event.teamId}, ${event.actorType}, ${event.actorId}, ${event.actorName}, ${event.action}, ${event.targetType},
            ${event.targetId}, ${event.targetLabel}, ${JSON.stringify(event.metadata)}::jsonb, ${event.ip}, ${event.userAgent},
            ${event.createdAt}, ${event.prevHash}, ${eventHash(event)})`;
}
