import { Text } from "@react-email/components";
import { formatCents } from "@/lib/billing/money";
import { billingRecipientText } from "./billing-recipient";
import { EmailButton, EmailLayout } from "./layout";

/** How an invoice was settled when it was issued: paid from credit and the card, or left open (no card, or the card refused). */
export type InvoiceSettlement = { paid: boolean; creditCents: number; chargedCents: number; cardLast4: string | null };
/** `name` is the billing manager's; null when it goes to the team's invoice address. */
type Props = { name: string | null; teamName: string; month: string; totalCents: number; settlement: InvoiceSettlement; url: string };

export const invoiceIssuedSubject = (teamName: string, month: string, totalCents: number, paid: boolean) =>
  `${teamName}'s Roster invoice for ${month}: ${formatCents(totalCents)}${paid ? ", paid" : " due"}`;

function paidWith({ creditCents, chargedCents, cardLast4 }: InvoiceSettlement): string {
  const parts = [creditCents && `${formatCents(creditCents)} from the team's credit`, chargedCents && `${formatCents(chargedCents)} charged to the card ending ${cardLast4}`];
  return parts.filter(Boolean).join(" and ") || "there was nothing to pay";
}

/** Sent with the invoice's PDF, when a month's invoice is issued or an open one is paid, to the team's invoice address or else to whoever may manage its billing. */
export function InvoiceIssuedEmail({ name, teamName, month, totalCents, settlement, url }: Props) {
  const { greeting, footnote } = billingRecipientText(name, teamName);
  return (
    <EmailLayout preview={invoiceIssuedSubject(teamName, month, totalCents, settlement.paid)} footnote={footnote}>
      <Text>{greeting}</Text>
      <Text>
        The invoice of <strong>{teamName}</strong> for {month} is {formatCents(totalCents)}. Its PDF is attached.
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
