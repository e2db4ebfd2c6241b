import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export const invitationDeclinedSubject = (email: string, teamName: string) => `${email} declined your invitation to ${teamName}`;

/** Sent to whoever sent (or last resent) an email invitation when its invitee turns it down. */
export function InvitationDeclinedEmail({ inviterName, email, teamName, roleName }: { inviterName: string; email: string; teamName: string; roleName: string }) {
  return (
    <EmailLayout
      preview={invitationDeclinedSubject(email, teamName)}
      footnote={`You received this because you invited ${email} to ${teamName}.`}
    >
      <Text>Hi {inviterName},</Text>
      <Text>
        {email} declined your invitation to join <strong>{teamName}</strong> as {roleName}. The invitation no longer works and no longer holds a
        seat. You can invite the address again from the team&apos;s members page.
      </Text>
    </EmailLayout>
  );
}
