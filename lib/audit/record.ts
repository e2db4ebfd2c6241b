import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { appendEvent, lockChain } from "./append";
import { purgeIfDue } from "./retention";

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
 * two concurrent writers from linking to the same predecessor. A team's first write of the day
 * also applies its retention setting (lib/audit/retention.ts).
 */
export async function audit(tx: Tx, input: AuditInput): Promise<void> {
  await lockChain(tx, input);
  if (input.teamId) await purgeIfDue(tx, input.teamId);
  await appendEvent(tx, input);
}
