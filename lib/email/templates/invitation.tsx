import { Text } from "@react-email/components";
import { accessEndText } from "@/lib/members/access-end";
import { EmailButton, EmailLayout } from "./layout";

type Props = { inviterName: string; teamName: string; roleName: string; url: string; expiresAt: Date | null; accessEndsAt: Date | null };

export function InvitationEmail({ inviterName, teamName, roleName, url, expiresAt, accessEndsAt }: Props) {
  return (
    <EmailLayout preview={`${inviterName} invited you to ${teamName}`}>
      <Text>
        {inviterName} invited you to join <strong>{teamName}</strong> on Roster as {roleName}.
        {accessEndsAt && ` Your access lasts ${accessEndText(accessEndsAt)} (UTC).`}
      </Text>
      <EmailButton href={url}>
        View invitation
      </EmailButton>
      <Text style={{ fontSize: "13px", color: "#4b5563" }}>
        Or open this link: {url}
        {expiresAt ? ` — it expires on ${expiresAt.toUTCString()}.` : ""}
      </Text>
    </EmailLayout>
  );
}

export function invitationSubject(inviterName: string, teamName: string): string {
  return `${inviterName} invited you to join ${teamName} on Roster`;
}
