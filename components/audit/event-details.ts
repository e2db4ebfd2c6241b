import { actionLabel, targetTypeLabel } from "@/lib/audit/actions-catalogue";
import type { AuditEventDetail } from "@/lib/audit/events";
import type { EventDetails } from "./event-dialog";
import { auditHref, formatTime } from "./format";

const show = (value: unknown) => (value === undefined ? "—" : JSON.stringify(value));

/** The dialog's view of a stored event: before/after metadata side by side, links to related events. */
export function toEventDetails(e: AuditEventDetail, slug: string): EventDetails {
  const metadata = (e.metadata ?? {}) as { before?: Record<string, unknown>; after?: Record<string, unknown> };
  const before = typeof metadata.before === "object" && metadata.before ? metadata.before : {};
  const after = typeof metadata.after === "object" && metadata.after ? metadata.after : {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return {
    id: e.id.toString(),
    time: formatTime(e.createdAt),
    actor: `${e.actorName}${e.actorType === "user" ? "" : ` (${e.actorType === "api_key" ? "API key" : "system"})`}`,
    action: e.action,
    actionLabel: actionLabel(e.action),
    target: e.targetType ? `${e.targetLabel ?? e.targetId} (${targetTypeLabel(e.targetType)} ${e.targetId})` : null,
    ip: e.ip,
    userAgent: e.userAgent,
    hash: e.hash,
    prevHash: e.prevHash,
    changes: fields.map((field) => ({ field, before: show(before[field]), after: show(after[field]) })),
    metadata: JSON.stringify(e.metadata, null, 2),
    actorLink: e.actorId ? { href: auditHref(slug, { actor: e.actorId }), text: `All events by this ${e.actorType === "api_key" ? "API key" : "user"}` } : null,
    targetHref: e.targetId ? auditHref(slug, { target: e.targetId }) : null,
  };
}
