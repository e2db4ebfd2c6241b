import Link from "next/link";
import { actionLabel, targetTypeLabel } from "@/lib/audit/actions-catalogue";
import type { AuditRow } from "@/lib/audit/events";
import { formatTime } from "./format";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** Cell and row styles set once on the table (see TABLE_CELLS in components/ui/table.tsx). */
export const LOG_CELLS = "[&_th]:px-4 [&_th]:py-2.5 [&_th]:font-medium [&_td]:px-4 [&_td]:py-2 [&_tbody_tr]:border-t [&_tbody_tr]:border-zinc-100 [&_tbody_tr]:align-top";

type Props = { caption: string; rows: AuditRow[]; showActor?: boolean; detailHref?: (id: string) => string; empty: string };

export function AuditTable({ caption, rows, showActor = true, detailHref, empty }: Props) {
  if (rows.length === 0) return <p className="rounded-lg border border-zinc-200 bg-white p-6 text-sm text-zinc-600">{empty}</p>;
  return (
    <ScrollRegion label={caption} className="rounded-lg border border-zinc-200 bg-white">
      <table className={`w-full text-sm ${LOG_CELLS}`} data-testid="audit-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-zinc-50 text-left">
          <tr>
            <th scope="col">Time</th>
            {showActor && <th scope="col">User</th>}
            <th scope="col">Action</th>
            <th scope="col">Resource</th>
            {detailHref && <th scope="col"><span className="sr-only">Details</span></th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id.toString()} data-testid="audit-row">
              <td className="whitespace-nowrap tabular-nums text-zinc-700">{formatTime(row.createdAt)}</td>
              {showActor && (
                <td>
                  {row.actorName}
                  {row.actorType !== "user" && <span className="ml-1 text-xs text-zinc-600">({row.actorType === "api_key" ? "API key" : "system"})</span>}
                </td>
              )}
              <td>
                <span className="block">{actionLabel(row.action)}</span>
                <code className="text-xs text-zinc-600">{row.action}</code>
              </td>
              <td>
                {row.targetType ? (
                  <>
                    <span className="block">{row.targetLabel ?? row.targetId}</span>
                    <span className="text-xs text-zinc-600">{targetTypeLabel(row.targetType)}</span>
                  </>
                ) : (
                  <span className="text-zinc-500">—</span>
                )}
              </td>
              {detailHref && (
                <td className="text-right">
                  <Link href={detailHref(row.id.toString())} scroll={false} className="text-sm font-medium underline underline-offset-2">
                    Details<span className="sr-only"> of event {row.id.toString()}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
