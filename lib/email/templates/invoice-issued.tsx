import { Text } from "@react-email/components";
import { formatCents } from "@/lib/billing/money";
import { paidWith, type InvoiceSettlement } from "@/lib/billing/settlement";
import { billingRecipientText } from "./billing-recipient";
import { EmailButton, EmailLayout } from "./layout";

/** `name` is the billing manager's; null when it goes to the team's invoice address. */
type Props = { name: string | null; teamName: string; month: string; totalCents: number; settlement: InvoiceSettlement; url: string };

export const invoiceIssuedSubject = (teamName: string, month: string, totalCents: number, paid: boolean) =>
  `${teamName}'s Roster invoice for ${month}: ${formatCents(totalCents)}${paid ? ", paid" : " due"}`;

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
          : settlement.card
            ? `${settlement.card} was declined, so it is still open. Update the card or add another one to pay it.`
            : "The team has no payment method, so it is still open. Add a card to pay it."}
      </Text>
      <EmailButton href={url}>View the invoice</EmailButton>
    </EmailLayout>
  );
}
