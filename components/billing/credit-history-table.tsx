import Link from "next/link";
import type { CreditEntryRow } from "@/lib/billing/credit-history";
import { formatCents } from "@/lib/billing/money";
import { dayLabel, monthLabel } from "@/lib/billing/period";
import { ScrollRegion } from "@/components/ui/scroll-region";

function What({ slug, entry }: { slug: string; entry: CreditEntryRow }) {
  if (entry.kind === "purchase") {
    return (
      <>
        <span className="block font-medium">Credit bought</span>
        <span className="block text-xs text-zinc-600">
          by {entry.actorName ?? "a former member"}
          {entry.card && `, charged to ${entry.card}`}
        </span>
      </>
    );
  }
  return (
    <>
      <span className="block font-medium">
        Paid {entry.invoice ? (
          <Link className="underline underline-offset-2" href={`/t/${slug}/billing/invoices/${entry.invoice.id}`}>
            the invoice for {monthLabel(entry.invoice.periodStart)}
          </Link>
        ) : (
          "an invoice"
        )}
      </span>
      {entry.invoice && <span className="block font-mono text-xs text-zinc-600">{entry.invoice.number}</span>}
    </>
  );
}

/** Credit bought and spent, newest first, with the balance each left. */
export function CreditHistoryTable({ slug, entries }: { slug: string; entries: CreditEntryRow[] }) {
  return (
    <ScrollRegion label="Credit history">
      <table className="w-full text-sm">
        <thead className="text-left text-zinc-600">
          <tr className="border-b border-zinc-200">
            <th className="py-2 pr-4 font-medium">Date</th>
            <th className="py-2 pr-4 font-medium">What</th>
            <th className="py-2 pr-4 text-right font-medium">Amount</th>
            <th className="py-2 text-right font-medium whitespace-nowrap">Credit after</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={String(entry.id)} className="border-b border-zinc-100" data-testid="credit-entry">
              <td className="py-2 pr-4 whitespace-nowrap">
                <span className="block">{dayLabel(entry.createdAt)}</span>
                <span className="block text-xs text-zinc-600 tabular-nums">{entry.createdAt.toISOString().slice(11, 16)} UTC</span>
              </td>
              <td className="min-w-48 py-2 pr-4">
                <What slug={slug} entry={entry} />
              </td>
              <td className={`py-2 pr-4 text-right whitespace-nowrap tabular-nums ${entry.amountCents > 0 ? "text-emerald-800" : ""}`}>
                {entry.amountCents > 0 ? `+${formatCents(entry.amountCents)}` : `−${formatCents(-entry.amountCents)}`}
              </td>
              <td className="py-2 text-right whitespace-nowrap tabular-nums">{formatCents(entry.balanceAfterCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
