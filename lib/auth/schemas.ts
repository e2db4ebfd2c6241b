import { z } from "zod";
import { displayTextField } from "@/lib/validation/display-text-field";

/** Emails are compared case-insensitively everywhere: every schema normalises them. */
export const emailField = z
  .string()
  .trim()
  .min(1, "Enter your email address")
  .max(254, "That email address is too long")
  .pipe(z.email("Enter a valid email address"))
  .transform((e) => e.toLowerCase());

export const passwordField = z
  .string()
  .min(10, "Use at least 10 characters")
  .max(200, "Use at most 200 characters");

const nameField = displayTextField().min(1, "Enter your name").max(100, "Use at most 100 characters");

export const signUpSchema = z.object({
  name: nameField,
  email: emailField,
  password: passwordField,
});
export type SignUpInput = z.input<typeof signUpSchema>;

const currentPasswordField = z.string().min(1, "Enter your password").max(200, "Use at most 200 characters");

/** A 6-digit authenticator code or a recovery code. */
const secondFactorCodeField = z.string().trim().min(1, "Enter the code from your authenticator app").max(32, "That code is too long");

/** `code` is sent only in the second step, after the password was accepted. */
export const signInSchema = z.object({
  email: emailField,
  password: currentPasswordField,
  code: secondFactorCodeField.optional(),
});
export type SignInInput = z.input<typeof signInSchema>;

export const magicLinkSchema = z.object({ email: emailField });
export type MagicLinkInput = z.input<typeof magicLinkSchema>;

export const passwordResetRequestSchema = z.object({ email: emailField });
export type PasswordResetRequestInput = z.input<typeof passwordResetRequestSchema>;

export const passwordResetSchema = z.object({ token: z.string().max(100), password: passwordField });
export type PasswordResetInput = z.input<typeof passwordResetSchema>;

export const confirmTotpSchema = z.object({ code: z.string().trim().regex(/^\d{3}\s?\d{3}$/, "Enter the 6-digit code from your authenticator app") });
export type ConfirmTotpInput = z.input<typeof confirmTotpSchema>;

export const disableTotpSchema = z.object({ password: currentPasswordField });
export type DisableTotpInput = z.input<typeof disableTotpSchema>;

/** Asking for new recovery codes is confirmed like turning 2FA off: with the current password. */
export const regenerateRecoveryCodesSchema = z.object({ password: currentPasswordField });
export type RegenerateRecoveryCodesInput = z.input<typeof regenerateRecoveryCodesSchema>;

/** One of the user's sessions on the account page, by its id. */
export const endSessionSchema = z.object({ sessionId: z.string().min(1, "Choose a session").max(100, "That is not a session id") });

export const changeNameSchema = z.object({ name: nameField });
export type ChangeNameInput = z.input<typeof changeNameSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordField, newPassword: passwordField })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one" });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** Asking for an email confirmation link; `next` is where the link leads back to. */
export const emailConfirmationSchema = z.object({ next: z.string().max(2000) });

const SAME_SITE = "http://roster.invalid";

/**
 * Only same-site paths are accepted as a post-sign-in destination. The URL parser decides, as a
 * browser would: it drops tabs and line breaks and reads a backslash as "/", so "/<tab>/evil.example"
 * is another site, which a look at the first characters would miss.
 */
export function safeCallbackUrl(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, SAME_SITE);
    // Parsing also drops dot segments, so "/.//evil.example" comes out as "//evil.example": another site again.
    return url.origin === SAME_SITE && !url.pathname.startsWith("//") ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
