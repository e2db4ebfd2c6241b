import { createHash } from "node:crypto";

/** The fields an event's hash covers. Everything a reader relies on is in here. */
export type HashedEvent = {
  teamId: string | null;
  actorType: string;
  actorId: string | null;
  actorName: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  metadata: unknown;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  prevHash: string | null;
};

export function eventHash(e: HashedEvent): string {
  const canonical = JSON.stringify([
    e.prevHash, e.teamId, e.actorType, e.actorId, e.actorName, e.action, e.targetType, e.targetId,
    e.targetLabel, sortKeys(e.metadata), e.ip, e.userAgent, e.createdAt.toISOString(),
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

// JSONB does not keep key order, so the hash is taken over keys in a fixed order.
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}
