import type { Tx } from "@/lib/db/client";
import type { AuditInput } from "./record";
import { eventHash } from "./hash";

/** The advisory lock that serialises the writers of one chain (a team, or one user's team-less events). */
export async function lockChain(tx: Tx, input: Pick<AuditInput, "teamId" | "actor">): Promise<void> {
  const chainKey = input.teamId ?? `user:${input.actor.id ?? "anonymous"}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${chainKey}))`;
}

/** Appends one event to its chain, linked to the chain's last event. The caller holds the chain lock. */
export async function appendEvent(tx: Tx, input: AuditInput): Promise<void> {
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
