import Link from "next/link";
import { formatCents } from "@/lib/billing/money";
import { dayLabel, monthLabel } from "@/lib/billing/period";
import { InvoiceStatus } from "./invoice-status";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Invoice = { id: string; number: string; periodStart: Date; periodEnd: Date; status: string; totalCents: number; paidAt: Date | null };

export function InvoiceTable({ slug, invoices }: { slug: string; invoices: Invoice[] }) {
  if (!invoices.length) {
    return <p className="text-sm text-zinc-600">No invoices yet. The first one is issued after the first calendar month (UTC) with usage ends.</p>;
  }
  return (
    <ScrollRegion label="Invoices">
      <table className="w-full text-sm">
        <thead className="text-left text-zinc-600">
          <tr className="border-b border-zinc-200">
            <th className="py-2 font-medium">Month</th>
            <th className="py-2 font-medium">Number</th>
            <th className="py-2 font-medium">Issued</th>
            <th className="py-2 font-medium">Status</th>
            <th className="py-2 text-right font-medium">Total</th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id} className="border-b border-zinc-100" data-testid="invoice-row">
              <td className="py-2">
                <Link className="font-medium underline underline-offset-2" href={`/t/${slug}/billing/invoices/${invoice.id}`}>
                  {monthLabel(invoice.periodStart)}
                </Link>
              </td>
              <td className="max-w-48 truncate py-2 font-mono text-xs text-zinc-600">{invoice.number}</td>
              <td className="py-2">{dayLabel(invoice.periodEnd)}</td>
              <td className="py-2">
                <InvoiceStatus status={invoice.status} />
                {invoice.status === "paid" && invoice.paidAt && <span className="ml-2 text-xs whitespace-nowrap text-zinc-600">on {dayLabel(invoice.paidAt)}</span>}
              </td>
              <td className="py-2 text-right tabular-nums">{formatCents(invoice.totalCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
