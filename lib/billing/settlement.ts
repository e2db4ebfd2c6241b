import { formatCents } from "./money";
import { dayLabel } from "./period";

/** How an invoice was settled: paid from credit and the default card (named as "Visa •••• 4242"), or left open (no card, or the card refused). */
export type InvoiceSettlement = { paid: boolean; creditCents: number; chargedCents: number; card: string | null };

/** "$1.00 from the team's credit and $0.20 charged to Visa •••• 4242". Invoices paid before the card was recorded name none. */
export function paidWith({ creditCents, chargedCents, card }: Omit<InvoiceSettlement, "paid">): string {
  const parts = [creditCents && `${formatCents(creditCents)} from the team's credit`, chargedCents && `${formatCents(chargedCents)} charged to ${card ?? "the team's card"}`];
  return parts.filter(Boolean).join(" and ") || "there was nothing to pay";
}

/** What an invoice row says of its payment, as a settlement. */
export function settlementOf(invoice: { status: string; creditAppliedCents: number; chargedCents: number; chargedCard: string | null }): InvoiceSettlement {
  return { paid: invoice.status === "paid", creditCents: invoice.creditAppliedCents, chargedCents: invoice.chargedCents, card: invoice.chargedCard };
}

/** What an invoice says of its payment: "Paid on 1 Dec 2026: …", or "Not paid yet." ("Paid." alone when it was paid before payments were recorded). */
export function paymentLine(invoice: { status: string; paidAt: Date | null; creditAppliedCents: number; chargedCents: number; chargedCard: string | null }): string {
  if (invoice.status !== "paid") return "Not paid yet.";
  if (!invoice.paidAt) return "Paid.";
  return `Paid on ${dayLabel(invoice.paidAt)}: ${paidWith(settlementOf(invoice))}.`;
}
