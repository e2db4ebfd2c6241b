import { Text } from "@react-email/components";
import { formatCents } from "@/lib/billing/money";
import { EmailButton, EmailLayout } from "./layout";

/** How an invoice was settled when it was issued: paid from credit and the card, or left open (no card, or the card refused). */
export type InvoiceSettlement = { paid: boolean; creditCents: number; chargedCents: number; cardLast4: string | null };
type Props = { name: string; teamName: string; month: string; totalCents: number; settlement: InvoiceSettlement; url: string };

export const invoiceIssuedSubject = (teamName: string, month: string, totalCents: number, paid: boolean) =>
  `${teamName}'s Roster invoice for ${month}: ${formatCents(totalCents)}${paid ? ", paid" : " due"}`;

function paidWith({ creditCents, chargedCents, cardLast4 }: InvoiceSettlement): string {
  const parts = [creditCents && `${formatCents(creditCents)} from the team's credit`, chargedCents && `${formatCents(chargedCents)} charged to the card ending ${cardLast4}`];
  return parts.filter(Boolean).join(" and ") || "there was nothing to pay";
}

/** Sent to whoever may manage a team's billing when a month's invoice is issued. */
export function InvoiceIssuedEmail({ name, teamName, month, totalCents, settlement, url }: Props) {
  return (
    <EmailLayout preview={invoiceIssuedSubject(teamName, month, totalCents, settlement.paid)} footnote={`You received this because you may manage ${teamName}'s billing.`}>
      <Text>Hi {name},</Text>
      <Text>
        The invoice of <strong>{teamName}</strong> for {month} is {formatCents(totalCents)}.
      </Text>
      <Text>
        {settlement.paid
          ? `It has been paid: ${paidWith(settlement)}.`
          : settlement.cardLast4
            ? `The card ending ${settlement.cardLast4} was declined, so it is still open. Update the card or add another one to pay it.`
            : "The team has no payment method, so it is still open. Add a card to pay it."}
      </Text>
      <EmailButton href={url}>View the invoice</EmailButton>
    </EmailLayout>
  );
}
