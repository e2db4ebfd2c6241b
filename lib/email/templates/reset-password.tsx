import { Text } from "@react-email/components";
import { EmailButton, EmailLayout } from "./layout";

export function ResetPasswordEmail({ url, minutes }: { url: string; minutes: number }) {
  return (
    <EmailLayout preview="Reset your Roster password">
      <Text>Someone asked to reset the password of your Roster account. Open this link to choose a new one. It works once and expires in {minutes} minutes.</Text>
      <EmailButton href={url}>
        Choose a new password
      </EmailButton>
      <Text style={{ fontSize: "12px", color: "#6b7280" }}>Or paste this address into your browser: {url}</Text>
      <Text style={{ fontSize: "12px", color: "#6b7280" }}>If it was not you, ignore this email: your password stays as it is.</Text>
    </EmailLayout>
  );
}
