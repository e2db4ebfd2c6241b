import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { eventHash } from "./hash";

export type AuditActor = { type: "user" | "api_key" | "system"; id: string | null; name: string };
export type RequestContext = { ip: string | null; userAgent: string | null };
export type AuditInput = {
  teamId: string | null;
  actor: AuditActor;
  action: string;
  target?: { type: string; id: string; label?: string };
  metadata?: Prisma.InputJsonObject;
  request?: RequestContext;
};

/**
 * Records one audit event inside the caller's transaction: if the change rolls back, so does
 * the event, and if this insert fails the change rolls back. Events of one team (or, for
 * team-less events such as sign-ins, of one actor) form a hash chain; the advisory lock keeps
 * two concurrent writers from linking to the same predecessor.
 */
export async function audit(tx: Tx, input: AuditInput): Promise<void> {
  const chainKey = input.teamId ?? `user:${input.actor.id ?? "anonymous"}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${chainKey}))`;
  const previous = input.teamId
    ? await tx.auditEvent.findFirst({ where: { teamId: input.teamId }, orderBy: { id: "desc" }, select: { hash: true } })
    : await tx.auditEvent.findFirst({ where: { teamId: null, actorId: input.actor.id }, orderBy: { id: "desc" }, select: { hash: true } });
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
  await tx.auditEvent.create({ data: { ...event, hash: eventHash(event) } });
}
