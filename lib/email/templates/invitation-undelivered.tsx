import { Text } from "@react-email/components";
import { EmailButton, EmailLayout } from "./layout";

export const invitationUndeliveredSubject = (email: string, teamName: string) => `Your invitation to ${email} for ${teamName} could not be emailed`;

/** Sent to whoever sent (or last resent) an email invitation when its email is given up. */
export function InvitationUndeliveredEmail({ inviterName, email, teamName, reason, url }: { inviterName: string; email: string; teamName: string; reason: string; url: string }) {
  return (
    <EmailLayout preview={invitationUndeliveredSubject(email, teamName)} footnote={`You received this because you invited ${email} to ${teamName}.`}>
      <Text>Hi {inviterName},</Text>
      <Text>
        Roster could not email your invitation to {email} to join <strong>{teamName}</strong>, and has stopped trying. {reason}
      </Text>
      <Text>The invitation itself still stands. Check the address, then resend it, or copy its new link and send that yourself.</Text>
      <EmailButton href={url}>See the invitation</EmailButton>
    </EmailLayout>
  );
}
