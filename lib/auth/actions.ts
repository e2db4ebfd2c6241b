"use server";

import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";
import { failure } from "@/lib/actions/prepare";
import { fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import { rateLimit, tooManyAttempts } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { signIn, signOut } from "./auth";
import { ipKey, limitMailedLink, LIMITS } from "./limits";
import { recordSignOut } from "./record-sign-out";
import { registerUser } from "./register";
import { rememberDeviceAndGo } from "./remember-device";
import { requestContext } from "./request-context";
import { RESET_LINK_INVALID, resetPassword, sendPasswordReset } from "./password-reset";
import {
  magicLinkSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  safeCallbackUrl,
  signInSchema,
  signUpSchema,
  type MagicLinkInput,
  type PasswordResetInput,
  type PasswordResetRequestInput,
  type SignInInput,
  type SignUpInput,
} from "./schemas";

const INVALID = "Invalid email or password.";

/** Signs in with a password and, once that succeeded, marks this browser as one the account uses. */
async function signInAndRemember(email: string, fields: Record<string, string>, redirectTo: string): Promise<never> {
  return rememberDeviceAndGo(email, await signIn("credentials", { email, ...fields, redirectTo, redirect: false }));
}

/**
 * Password sign-in. With 2FA on, a correct password alone answers `{ codeRequired: true }` and the
 * form asks for the code, then sends email, password and code again: the password is checked on
 * every step, so the code step cannot be reached without it. Success ends in a redirect.
 */
export async function signInWithPassword(raw: SignInInput, callbackUrl?: string): Promise<ActionResult<{ codeRequired: true }>> {
  const parsed = parseInput(signInSchema, raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password, code } = parsed.data;
  try {
    return await signInAndRemember(email, { password, ...(code ? { code } : {}) }, safeCallbackUrl(callbackUrl));
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // NEXT_REDIRECT on success must propagate
    const reason = error instanceof CredentialsSignin ? error.code : "";
    if (reason === "code_required") return { ok: true, data: { codeRequired: true } };
    if (reason === "invalid_code") return { ok: false, fieldErrors: { code: "That code is not valid. Use the current code from your app, or a recovery code." } };
    if (reason.startsWith("rate_limited:")) return { ok: false, error: tooManyAttempts({ resetSeconds: Number(reason.split(":")[1]) }) };
    return { ok: false, error: INVALID };
  }
}

/** Always ends on the same "check your email" page, whether or not the account exists. */
export async function requestMagicLink(raw: MagicLinkInput, callbackUrl?: string): Promise<ActionResult> {
  const parsed = parseInput(magicLinkSchema, raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email } = parsed.data;
  const refused = await limitMailedLink("magic-link", email, await requestContext());
  if (refused) return { ok: false, error: refused };
  await signIn("email", { email, redirectTo: safeCallbackUrl(callbackUrl), redirect: false });
  redirect(`/sign-in/check-email?${new URLSearchParams({ email })}`);
}

/** "Forgot your password?": the same answer whether or not an account has this address. */
export async function requestPasswordReset(raw: PasswordResetRequestInput): Promise<ActionResult> {
  const parsed = parseInput(passwordResetRequestSchema, raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { email } = parsed.data;
  const request = await requestContext();
  const refused = await limitMailedLink("password-reset", email, request);
  if (refused) return { ok: false, error: refused };
  try {
    await sendPasswordReset(db, email, request);
  } catch (error) {
    return failure(error);
  }
  redirect(`/sign-in/check-email?${new URLSearchParams({ email, for: "reset" })}`);
}

/** The form behind a reset link: a new password, then sign-in with it. */
export async function resetPasswordAction(raw: PasswordResetInput): Promise<ActionResult> {
  const parsed = parseInput(passwordResetSchema, raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const request = await requestContext();
  const limit = await rateLimit(`password-reset-use:ip:${ipKey(request)}`, LIMITS.passwordResetPerIp);
  if (!limit.ok) return { ok: false, error: tooManyAttempts(limit) };
  let reset: boolean;
  try {
    reset = await resetPassword(db, parsed.data.token, parsed.data.password, request);
  } catch (error) {
    return failure(error);
  }
  if (!reset) return { ok: false, error: RESET_LINK_INVALID };
  redirect("/sign-in?reset=done");
}

export async function signUpWithPassword(raw: SignUpInput, callbackUrl?: string): Promise<ActionResult> {
  const parsed = parseInput(signUpSchema, raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const request = await requestContext();
  const limit = await rateLimit(`sign-up:ip:${ipKey(request)}`, LIMITS.signUpPerIp);
  if (!limit.ok) return { ok: false, error: tooManyAttempts(limit) };
  try {
    await registerUser(db, parsed.data, request);
  } catch (error) {
    return failure(error);
  }
  return signInAndRemember(parsed.data.email, { password: parsed.data.password }, safeCallbackUrl(callbackUrl, "/teams/new"));
}

export async function signOutAction(): Promise<void> {
  await recordSignOut({});
  await signOut({ redirectTo: "/sign-in" });
}
