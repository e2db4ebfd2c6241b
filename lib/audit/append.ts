import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuditInput } from "./record";
import { eventHash, type HashedEvent } from "./hash";

type Chain = Pick<AuditInput, "teamId" | "actor">;

// Raw statements: every action writes an event, and Prisma would compile each ORM call per request.
// Each is a function of its own so `npm run bench` times the very same SQL.

/** The advisory lock that serialises the writers of one chain (a team, or one user's team-less events). */
export function lockChainSql(input: Chain): Prisma.Sql {
  return Prisma.sql`SELECT pg_advisory_xact_lock(hashtext(${input.teamId ?? `user:${input.actor.id ?? "anonymous"}`}))`;
}

/** The hash of the chain's last event, if any. */
export function lastHashSql(input: Chain): Prisma.Sql {
  const chain = input.teamId
    ? Prisma.sql`"teamId" = ${input.teamId}`
    : Prisma.sql`"teamId" IS NULL AND ${input.actor.id === null ? Prisma.sql`"actorId" IS NULL` : Prisma.sql`"actorId" = ${input.actor.id}`}`;
  return Prisma.sql`SELECT hash FROM "AuditEvent" WHERE ${chain} ORDER BY id DESC LIMIT 1`;
}

/** Inserts an event with its hash. */
export function insertEventSql(event: HashedEvent): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditEvent" ("teamId", "actorType", "actorId", "actorName", action, "targetType", "targetId", "targetLabel",
                              metadata, ip, "userAgent", "createdAt", "prevHash", hash)
    VALUES (${event.teamId}, ${event.actorType}, ${event.actorId}, ${event.actorName}, ${event.action}, ${event.targetType},
            ${event.targetId}, ${event.targetLabel}, ${JSON.stringify(event.metadata)}::jsonb, ${event.ip}, ${event.userAgent},
            ${event.createdAt}, ${event.prevHash}, ${eventHash(event)})`;
}

export async function lockChain(tx: Tx, input: Chain): Promise<void> {
  await tx.$executeRaw(lockChainSql(input));
}

/** Appends one event to its chain, linked to the chain's last event. The caller holds the chain lock. */
export async function appendEvent(tx: Tx, input: AuditInput): Promise<void> {
  const [previous] = await tx.$queryRaw<{ hash: string }[]>(lastHashSql(input));
  await tx.$executeRaw(
    insertEventSql({
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
    }),
  );
}
