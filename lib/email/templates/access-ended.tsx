import { Text } from "@react-email/components";
import { EmailButton, EmailLayout } from "./layout";

type Ended = { name: string; email: string; endedOn: string };
type Props = { name: string; teamName: string; ended: Ended[]; url: string };

export const accessEndedSubject = (teamName: string, ended: Ended[]) =>
  ended.length === 1 ? `${ended[0].name}'s access to ${teamName} on Roster has ended` : `The access of ${ended.length} members of ${teamName} on Roster has ended`;

/** Tells whoever may change a team's access end dates whose temporary access has ended since the last such mail. */
export function AccessEndedEmail({ name, teamName, ended, url }: Props) {
  return (
    <EmailLayout preview={accessEndedSubject(teamName, ended)} footnote={`You received this because you may change the access of ${teamName}'s members.`}>
      <Text>Hi {name},</Text>
      <Text>
        The temporary access of {ended.length === 1 ? "this member" : "these members"} of <strong>{teamName}</strong> has ended. They can no longer
        use the team or its API, but they are still listed, with their roles and the resources they created:
      </Text>
      <ul>
        {ended.map((m) => (
          <li key={m.email}>
            {m.name} ({m.email}), {m.endedOn}
          </li>
        ))}
      </ul>
      <Text>Remove them to free their seats and hand their resources to the Owner, or extend their access.</Text>
      <EmailButton href={url}>
        Review temporary members
      </EmailButton>
    </EmailLayout>
  );
}
