import { Button, Text } from "@react-email/components";
import { EmailLayout } from "./layout";

export function WelcomeEmail({ name, url }: { name: string; url: string }) {
  return (
    <EmailLayout preview="Your Roster account is ready">
      <Text>Hi {name},</Text>
      <Text>Your Roster account is ready. Create your team or open an invitation to get started.</Text>
      <Button href={url} style={{ backgroundColor: "#111827", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" }}>
        Open Roster
      </Button>
    </EmailLayout>
  );
}
