import { Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export const ACCOUNT_DELETED_SUBJECT = "Your Roster account was deleted";

/** Sent to the address of an account as it is deleted; `teams` are the names of the teams it left. */
export function AccountDeletedEmail({ name, email, teams }: { name: string; email: string; teams: string[] }) {
  return (
    <EmailLayout
      preview={ACCOUNT_DELETED_SUBJECT}
      footnote="If you did not delete it, someone signed in as you did. The account cannot be restored: sign up again with this address, and ask the Owners of your teams to invite you back."
    >
      <Text>Hi {name},</Text>
      <Text>
        Your Roster account {email} was deleted, and every session of it ended.
        {teams.length > 0 && ` You left ${teams.length === 1 ? "the team" : "the teams"} ${teams.join(", ")}; what you did there stays in their audit logs.`}
      </Text>
      <Text>You can sign up again with this address at any time. It will be a new account, without your teams.</Text>
    </EmailLayout>
  );
}
