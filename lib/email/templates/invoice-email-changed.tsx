import { Text } from "@react-email/components";
import { EmailButton, EmailLayout } from "./layout";

export const invoiceEmailSubject = (teamName: string, receives: boolean) =>
  receives ? `This address now receives ${teamName}'s Roster invoices` : `This address no longer receives ${teamName}'s Roster invoices`;

type Props = { teamName: string; by: string; receives: boolean; url: string };

/** Sent to the address a team's invoices now go to (`receives`), and to the one they went to before. */
export function InvoiceEmailChangedEmail({ teamName, by, receives, url }: Props) {
  return (
    <EmailLayout
      preview={invoiceEmailSubject(teamName, receives)}
      footnote={`You received this because this address ${receives ? "was set to receive" : "received"} ${teamName}'s invoices. If you did not expect it, tell someone who manages the team's billing.`}
    >
      <Text>Hello,</Text>
      {receives ? (
        <Text>
          {by} set this address to receive the invoices of <strong>{teamName}</strong> on Roster. From now on {"each month's invoice comes here with its PDF, and so do the receipts for open invoices paid and credit bought. The team's billing managers no longer receive them."}
        </Text>
      ) : (
        <Text>
          {by} changed where the invoices of <strong>{teamName}</strong> on Roster are sent, so they no longer come to this address.
        </Text>
      )}
      <EmailButton href={url}>{"Open the team's billing"}</EmailButton>
    </EmailLayout>
  );
}
