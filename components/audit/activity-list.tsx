import Link from "next/link";
import { actionLabel, targetTypeLabel } from "@/lib/audit/actions-catalogue";
import type { AuditRow } from "@/lib/audit/events";
import { formatTime } from "./format";

type Props = { label: string; rows: AuditRow[]; showActor: boolean; detailHref?: (id: string) => string; empty: string };

/** A short feed of events for a narrow column; the audit log's table has the full columns. */
export function ActivityList({ label, rows, showActor, detailHref, empty }: Props) {
  if (rows.length === 0) return <p className="rounded-lg border border-zinc-200 bg-white p-6 text-sm text-zinc-600">{empty}</p>;
  return (
    <ol aria-label={label} className="divide-y divide-zinc-100 rounded-lg border border-zinc-200 bg-white text-sm" data-testid="activity-list">
      {rows.map((row) => (
        <li key={row.id.toString()} className="space-y-1 px-4 py-3" data-testid="activity-item">
          <p className="min-w-0 break-words">
            {showActor && (
              <>
                <span className="font-medium">{row.actorName}</span>
                {row.actorType !== "user" && <span className="text-xs text-zinc-600"> ({row.actorType === "api_key" ? "API key" : "system"})</span>}
                {" · "}
              </>
            )}
            {actionLabel(row.action)}
            {row.targetType && (
              <>
                {": "}
                <span className="font-medium">{row.targetLabel ?? row.targetId}</span>
                <span className="text-xs text-zinc-600"> ({targetTypeLabel(row.targetType).toLowerCase()})</span>
              </>
            )}
          </p>
          <p className="flex gap-3 text-xs text-zinc-600">
            <time dateTime={row.createdAt.toISOString()} className="tabular-nums">
              {formatTime(row.createdAt)}
            </time>
            {detailHref && (
              <Link href={detailHref(row.id.toString())} className="font-medium text-zinc-900 underline underline-offset-2">
                Details<span className="sr-only"> of event {row.id.toString()}</span>
              </Link>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
