import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export const removedFromTeamSubject = (teamName: string) => `You were removed from ${teamName} on Roster`;

/** Sent to a member another member (or an API key) removed; `by` names who did it, as the team's audit log does. */
export function RemovedFromTeamEmail({ name, teamName, by, apiKeysRevoked }: { name: string; teamName: string; by: string; apiKeysRevoked: number }) {
  return (
    <EmailLayout
      preview={removedFromTeamSubject(teamName)}
      footnote={`You received this because you were a member of ${teamName}. If you think it was a mistake, ask one of its Owners or Admins to invite you again.`}
    >
      <Text>Hi {name},</Text>
      <Text>
        {by} removed you from the team <strong>{teamName}</strong>. You no longer see its resources, members, billing or settings, and the
        resources you created there now belong to its Owner.
        {apiKeysRevoked > 0 && ` Your ${apiKeysRevoked === 1 ? "API key" : `${apiKeysRevoked} API keys`} for the team stopped working.`}
      </Text>
      <Text>Your Roster account and your other teams are not affected.</Text>
    </EmailLayout>
  );
}
