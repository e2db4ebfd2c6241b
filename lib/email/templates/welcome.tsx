import { Text } from "@react-email/components";
import { EmailButton, EmailLayout } from "./layout";

export function WelcomeEmail({ name, url }: { name: string; url: string }) {
  return (
    <EmailLayout preview="Your Roster account is ready">
      <Text>Hi {name},</Text>
      <Text>Your Roster account is ready. Create your team or open an invitation to get started.</Text>
      <EmailButton href={url}>
        Open Roster
      </EmailButton>
    </EmailLayout>
  );
}
