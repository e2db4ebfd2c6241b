import { Text } from "@react-email/components";
import { EmailButton, EmailLayout } from "./layout";

export function MagicLinkEmail({ url, minutes }: { url: string; minutes: number }) {
  return (
    <EmailLayout preview="Your Roster sign-in link">
      <Text>Use this link to sign in to Roster. It works once and expires in {minutes} minutes.</Text>
      <EmailButton href={url}>
        Sign in to Roster
      </EmailButton>
      <Text style={{ fontSize: "12px", color: "#6b7280" }}>Or paste this address into your browser: {url}</Text>
    </EmailLayout>
  );
}

/** Sent instead of a link when the account has two-factor authentication on. */
export function MagicLinkRefusedEmail({ url }: { url: string }) {
  return (
    <EmailLayout preview="Sign in with your password and code">
      <Text>
        Someone asked for a sign-in link for your Roster account. Your account uses two-factor authentication, so email links
        are turned off: sign in with your password and the code from your authenticator app.
      </Text>
      <EmailButton href={url}>
        Go to sign-in
      </EmailButton>
    </EmailLayout>
  );
}
