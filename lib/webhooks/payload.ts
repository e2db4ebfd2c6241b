import { auditEventView } from "@/lib/api/views";
import type { AuditEvent } from "@/lib/generated/prisma/client";

type Team = { id: string; slug: string; name: string };

/** One audit event as a webhook sends it: the API's view plus everything else the log holds, including the hash chain, so the receiver can check it. */
function eventView(e: AuditEvent) {
  return {
    ...auditEventView(e),
    metadata: e.metadata,
    ip: e.ip,
    userAgent: e.userAgent,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

export function eventsBody(webhookId: string, team: Team, events: AuditEvent[]): string {
  return JSON.stringify({ type: "audit_events", webhookId, team, events: events.map(eventView) });
}

export function pingBody(webhookId: string, team: Team, now: Date): string {
  return JSON.stringify({ type: "ping", webhookId, team, sentAt: now.toISOString() });
}
