import Link from "next/link";
import { actionLabel, targetTypeLabel } from "@/lib/audit/actions-catalogue";
import type { AuditRow } from "@/lib/audit/events";
import { formatTime } from "./format";

type Props = { caption: string; rows: AuditRow[]; showActor?: boolean; detailHref?: (id: string) => string; empty: string };

export function AuditTable({ caption, rows, showActor = true, detailHref, empty }: Props) {
  if (rows.length === 0) return <p className="rounded-lg border border-zinc-200 bg-white p-6 text-sm text-zinc-600">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
      <table className="w-full text-sm" data-testid="audit-table">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-zinc-50 text-left">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-medium">Time</th>
            {showActor && <th scope="col" className="px-4 py-2.5 font-medium">User</th>}
            <th scope="col" className="px-4 py-2.5 font-medium">Action</th>
            <th scope="col" className="px-4 py-2.5 font-medium">Resource</th>
            {detailHref && <th scope="col" className="px-4 py-2.5 font-medium"><span className="sr-only">Details</span></th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id.toString()} className="border-t border-zinc-100 align-top" data-testid="audit-row">
              <td className="whitespace-nowrap px-4 py-2 tabular-nums text-zinc-700">{formatTime(row.createdAt)}</td>
              {showActor && (
                <td className="px-4 py-2">
                  {row.actorName}
                  {row.actorType !== "user" && <span className="ml-1 text-xs text-zinc-600">({row.actorType === "api_key" ? "API key" : "system"})</span>}
                </td>
              )}
              <td className="px-4 py-2">
                <span className="block">{actionLabel(row.action)}</span>
                <code className="text-xs text-zinc-600">{row.action}</code>
              </td>
              <td className="px-4 py-2">
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
                <td className="px-4 py-2 text-right">
                  <Link href={detailHref(row.id.toString())} scroll={false} className="text-sm font-medium underline underline-offset-2">
                    Details<span className="sr-only"> of event {row.id.toString()}</span>
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
