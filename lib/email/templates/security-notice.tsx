import { Text } from "@react-email/components";
import { EmailButton, EmailLayout } from "./layout";

export type SecurityChange = "new_sign_in" | "password_changed" | "password_reset" | "totp_enabled" | "totp_disabled" | "recovery_codes_regenerated";

export const SECURITY_CHANGES: Record<SecurityChange, { subject: string; what: string }> = {
  new_sign_in: {
    subject: "New sign-in to your Roster account",
    what: "Your account was signed in to with its password from a browser that has not signed in to it before.",
  },
  password_changed: {
    subject: "Your Roster password was changed",
    what: "Your password was changed, and every other session of your account was signed out.",
  },
  password_reset: {
    subject: "Your Roster password was reset",
    what: "Your password was reset through a link mailed to this address, and every session of your account was signed out.",
  },
  totp_enabled: {
    subject: "Two-factor authentication is on for your Roster account",
    what: "Two-factor authentication was turned on: signing in with your password now also takes a code from your authenticator app.",
  },
  totp_disabled: {
    subject: "Two-factor authentication was turned off for your Roster account",
    what: "Two-factor authentication was turned off: your password alone now signs you in.",
  },
  recovery_codes_regenerated: {
    subject: "New recovery codes for your Roster account",
    what: "New two-factor recovery codes were made, and the ones you had stopped working.",
  },
};

/** Tells the account's owner that it was signed in to or that its sign-in security changed, from where, and what to do if it was not them. */
export function SecurityNoticeEmail({ change, name, device, ip, at, resetUrl }: { change: SecurityChange; name: string; device: string; ip: string | null; at: string; resetUrl: string }) {
  return (
    <EmailLayout
      preview={SECURITY_CHANGES[change].subject}
      footnote="We send this for every change to how your account signs in, so that you hear of it even when someone else made it."
    >
      <Text>Hi {name},</Text>
      <Text>{SECURITY_CHANGES[change].what}</Text>
      <Text>
        When: {at}
        <br />
        From: {device}
        {ip ? `, IP address ${ip}` : ""}
      </Text>
      <Text>If this was you, there is nothing to do. If it was not, reset your password now: it signs out every session, including whoever did this.</Text>
      <EmailButton href={resetUrl}>
        Reset your password
      </EmailButton>
    </EmailLayout>
  );
}
