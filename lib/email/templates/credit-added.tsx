import { Text } from "@react-email/components";
import { formatCents } from "@/lib/billing/money";
import { billingRecipientText } from "./billing-recipient";
import { EmailButton, EmailLayout } from "./layout";

export const creditAddedSubject = (teamName: string, amountCents: number) => `${teamName}'s Roster receipt: ${formatCents(amountCents)} of credit`;

type Props = { name: string | null; teamName: string; by: string; amountCents: number; balanceCents: number; cardLast4: string; url: string };

/** The receipt for prepaid credit bought with the team's card, sent to its billing recipients. */
export function CreditAddedEmail({ name, teamName, by, amountCents, balanceCents, cardLast4, url }: Props) {
  const { greeting, footnote } = billingRecipientText(name, teamName);
  return (
    <EmailLayout preview={creditAddedSubject(teamName, amountCents)} footnote={footnote}>
      <Text>{greeting}</Text>
      <Text>
        {by} added {formatCents(amountCents)} of prepaid credit to <strong>{teamName}</strong>, charged to the card ending {cardLast4}. The team&apos;s
        credit is now {formatCents(balanceCents)}; it pays invoices before any card is charged.
      </Text>
      <EmailButton href={url}>{"Open the team's billing"}</EmailButton>
    </EmailLayout>
  );
}
