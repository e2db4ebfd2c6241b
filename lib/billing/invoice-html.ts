import type { BillingAddress, InvoiceWithLines } from "./invoices";
import { formatCents } from "./money";
import { addUtcDays, dayLabel, monthLabel } from "./period";
import { paymentLine } from "./settlement";

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A standalone invoice document: downloads as .html and prints to PDF from any browser. */
export function invoiceHtml(invoice: InvoiceWithLines, team: { name: string }, billTo: BillingAddress | null): string {
  const rows = invoice.lines
    .map((l) => `<tr><td>${escape(l.description)}</td><td class="n">${l.hours.toFixed(2)}</td><td class="n">${formatCents(l.amountCents)}</td></tr>`)
    .join("");
  const address = billTo
    ? [billTo.billingName, billTo.addressLine, `${billTo.postalCode} ${billTo.city}`, billTo.country].map(escape).join("<br>")
    : escape(team.name);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Invoice ${escape(invoice.number)}</title>
<style>
body{font:14px/1.5 system-ui,sans-serif;color:#18181b;max-width:720px;margin:40px auto;padding:0 24px}
h1{font-size:22px;margin:0}table{width:100%;border-collapse:collapse;margin:24px 0}
th,td{text-align:left;padding:8px 0;border-bottom:1px solid #e4e4e7;vertical-align:top}.n{text-align:right}
tfoot td{font-weight:600;border:0}.meta{display:flex;justify-content:space-between;gap:24px;margin-top:24px}
@media print{body{margin:0}}
</style></head><body>
<h1>Invoice ${escape(invoice.number)}</h1>
<p>Roster · ${escape(monthLabel(invoice.periodStart))} · ${invoice.status === "paid" ? "Paid" : "Open"}</p>
<div class="meta"><div><strong>Billed to</strong><br>${address}</div>
<div><strong>Period (UTC)</strong><br>${escape(dayLabel(invoice.periodStart))} – ${escape(dayLabel(addUtcDays(invoice.periodEnd, -1)))}<br><strong>Issued</strong> ${escape(dayLabel(invoice.periodEnd))}</div></div>
<table><thead><tr><th>Item</th><th class="n">Resource-hours</th><th class="n">Amount</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><td>Total</td><td></td><td class="n">${formatCents(invoice.totalCents)}</td></tr></tfoot></table>
<p>${escape(paymentLine(invoice))}</p>
</body></html>`;
}
