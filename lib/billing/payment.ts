import type { Tx } from "@/lib/db/client";
import { cardLabel } from "./card";
import { recordCreditChange } from "./credit-history";
import { paymentProvider } from "./provider";
import type { InvoiceSettlement } from "./settlement";

/**
 * Pays an open invoice from the team's credit first, then charges the rest to its default card;
 * does nothing unless it can pay in full. A payment is recorded on the invoice, and what credit
 * paid goes in the team's credit history. The caller holds the team lock.
 */
export async function payInvoice(tx: Tx, invoice: { id: string; teamId: string; number: string; totalCents: number }, now: Date): Promise<InvoiceSettlement> {
  const { teamId, totalCents } = invoice;
  const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { creditBalanceCents: true } });
  const creditCents = Math.min(team.creditBalanceCents, totalCents);
  const chargedCents = totalCents - creditCents;
  const found = chargedCents > 0 ? await tx.paymentMethod.findFirst({ where: { teamId, isDefault: true } }) : null;
  const card = found && cardLabel(found);
  const paid = chargedCents === 0 || (found !== null && (await paymentProvider().charge(found.providerRef, chargedCents, `Roster ${invoice.number}`)));
  if (!paid) return { paid, creditCents: 0, chargedCents: 0, card };
  await tx.invoice.update({ where: { id: invoice.id }, data: { status: "paid", paidAt: now, creditAppliedCents: creditCents, chargedCents, chargedCard: card } });
  if (creditCents) {
    const { creditBalanceCents } = await tx.team.update({ where: { id: teamId }, data: { creditBalanceCents: { decrement: creditCents } }, select: { creditBalanceCents: true } });
    await recordCreditChange(tx, { teamId, kind: "invoice", amountCents: -creditCents, balanceAfterCents: creditBalanceCents, invoiceId: invoice.id, createdAt: now });
  }
  return { paid, creditCents, chargedCents, card };
}
