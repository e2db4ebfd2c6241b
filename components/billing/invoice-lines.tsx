import type { InvoiceWithLines } from "@/lib/billing/invoices";
import { formatCents } from "@/lib/billing/money";
import { ScrollRegion } from "@/components/ui/scroll-region";

export function InvoiceLines({ invoice }: { invoice: InvoiceWithLines }) {
  return (
    <ScrollRegion label={`Lines of invoice ${invoice.number}`}>
      <table className="w-full text-sm">
        <thead className="text-left text-zinc-600">
          <tr className="border-b border-zinc-200">
            <th className="py-2 font-medium">Item</th>
            <th className="py-2 text-right font-medium">Resource-hours</th>
            <th className="py-2 text-right font-medium">Amount</th>
          </tr>
        </thead>
        <tbody>
          {invoice.lines.map((line) => (
            <tr key={line.id} className="border-b border-zinc-100">
              <td className="py-2">{line.description}</td>
              <td className="py-2 text-right tabular-nums">{line.hours.toFixed(2)}</td>
              <td className="py-2 text-right tabular-nums">{formatCents(line.amountCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td className="py-2 font-semibold">Total</td>
            <td />
            <td className="py-2 text-right font-semibold tabular-nums" data-testid="invoice-total">
              {formatCents(invoice.totalCents)}
            </td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
