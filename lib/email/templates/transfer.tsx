import { Text } from "@react-email/components";
import { EmailButton, EmailLayout } from "./layout";

export function ConfirmTransferEmail({ teamName, recipientName, url }: { teamName: string; recipientName: string; url: string }) {
  return (
    <EmailLayout preview={`Confirm the transfer of ${teamName}`}>
      <Text>
        You asked to transfer ownership of <strong>{teamName}</strong> to {recipientName}. Confirm it to send them the request.
        Once they accept, they become the Owner and you become an Admin.
      </Text>
      <EmailButton href={url}>
        Confirm transfer
      </EmailButton>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>Or open: {url}. If you did not ask for this, cancel it from the members page.</Text>
    </EmailLayout>
  );
}

export function AcceptOwnershipEmail({ teamName, ownerName, url }: { teamName: string; ownerName: string; url: string }) {
  return (
    <EmailLayout preview={`${ownerName} wants to make you the Owner of ${teamName}`}>
      <Text>
        {ownerName} wants to make you the Owner of <strong>{teamName}</strong> on Roster. As Owner you can delete the team and
        transfer it again; {ownerName} will become an Admin.
      </Text>
      <EmailButton href={url}>
        Review and accept
      </EmailButton>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>Or open: {url}</Text>
    </EmailLayout>
  );
}
