import { Text } from "@react-email/components";
import { accessEndText } from "@/lib/members/access-end";
import { EmailButton, EmailLayout } from "./layout";

type Props = { name: string; teamName: string; accessEndsAt: Date; askWhom: string; url: string };

export const accessEndingSubject = (teamName: string, accessEndsAt: Date) => `Your access to ${teamName} on Roster lasts ${accessEndText(accessEndsAt)}`;

/** Sent once in the last week of a member's temporary access, again if its end date changes. */
export function AccessEndingEmail({ name, teamName, accessEndsAt, askWhom, url }: Props) {
  return (
    <EmailLayout
      preview={accessEndingSubject(teamName, accessEndsAt)}
      footnote={`You received this because an Owner or Admin of ${teamName} gave your membership an end date.`}
    >
      <Text>Hi {name},</Text>
      <Text>
        Your access to the team <strong>{teamName}</strong> lasts {accessEndText(accessEndsAt)} (UTC). After that you no longer see its resources,
        members or billing, and your API keys for it stop working. You stay listed in the team until someone extends your access or removes you.
      </Text>
      <Text>To keep working in {teamName}, ask {askWhom} to extend it.</Text>
      <EmailButton href={url}>
        Open {teamName}
      </EmailButton>
    </EmailLayout>
  );
}
