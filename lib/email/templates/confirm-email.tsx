import { Text } from "@react-email/components";
import { EmailButton, EmailLayout } from "./layout";

export function ConfirmEmailEmail({ url, hours }: { url: string; hours: number }) {
  return (
    <EmailLayout preview="Confirm your email address">
      <Text>Open this link to confirm that this address is yours. It works once and expires in {hours} hours.</Text>
      <EmailButton href={url}>
        Confirm my address
      </EmailButton>
      <Text style={{ fontSize: "12px", color: "#6b7280" }}>Or paste this address into your browser: {url}</Text>
      <Text style={{ fontSize: "12px", color: "#6b7280" }}>If you did not ask for this, ignore this email.</Text>
    </EmailLayout>
  );
}
