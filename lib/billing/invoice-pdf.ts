import type { BillingAddress, InvoiceWithLines } from "./invoices";
import { formatCents } from "./money";
import { addUtcDays, dayLabel, monthLabel } from "./period";
import { A4, renderPdf, type PdfRule, type PdfText } from "./pdf";
import { paymentLine } from "./settlement";

/** The invoice as a one-page A4 PDF, laid out like the printable HTML. */
export function invoicePdf(invoice: InvoiceWithLines, team: { name: string }, billTo: BillingAddress | null): Uint8Array {
  const left = 56;
  const right = A4.width - 56;
  const texts: PdfText[] = [
    { x: left, y: 780, text: `Invoice ${invoice.number}`, size: 16, bold: true },
    { x: left, y: 760, text: `Roster - ${monthLabel(invoice.periodStart)} - ${invoice.status === "paid" ? "Paid" : "Open"}` },
    { x: left, y: 730, text: "Billed to", bold: true },
    { x: 340, y: 730, text: "Period (UTC)", bold: true },
    { x: 340, y: 716, text: `${dayLabel(invoice.periodStart)} - ${dayLabel(addUtcDays(invoice.periodEnd, -1))}` },
    { x: 340, y: 702, text: `Issued ${dayLabel(invoice.periodEnd)}` },
  ];
  const address = billTo ? [billTo.billingName, billTo.addressLine, `${billTo.postalCode} ${billTo.city}`, billTo.country] : [team.name];
  address.forEach((line, i) => texts.push({ x: left, y: 716 - i * 14, text: line }));

  let y = 630;
  const rules: PdfRule[] = [{ x1: left, x2: right, y: y - 6 }];
  texts.push({ x: left, y, text: "Item", bold: true }, { x: 420, y, text: "Resource-hours", bold: true, align: "right" }, { x: right, y, text: "Amount", bold: true, align: "right" });
  for (const line of invoice.lines) {
    y -= 22;
    texts.push({ x: left, y, text: line.description }, { x: 420, y, text: line.hours.toFixed(2), align: "right" }, { x: right, y, text: formatCents(line.amountCents), align: "right" });
    rules.push({ x1: left, x2: right, y: y - 6 });
  }
  y -= 24;
  texts.push({ x: left, y, text: "Total", bold: true }, { x: right, y, text: formatCents(invoice.totalCents), bold: true, align: "right" });
  texts.push({ x: left, y: y - 30, text: paymentLine(invoice) });
  return renderPdf(texts, rules);
}
