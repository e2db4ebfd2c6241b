"use server";

import { redirect } from "next/navigation";
import { toDataURL } from "qrcode";
import { z } from "zod";
import { ActionError, ok, RetryLaterError, type ActionResult } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/user-action";
import { audit } from "@/lib/audit/record";
import { rateLimit, tooManyAttempts } from "@/lib/rate-limit";
import { keepOnlySession } from "./active-sessions";
import { reissueSession, signOut } from "./auth";
import { currentSessionId } from "./current-user";
import { describeDevice } from "./device";
import { endSession } from "./ended-sessions";
import { LIMITS, limitPasswordChecks } from "./limits";
import { hashPassword, verifyPassword } from "./password";
import { sealSecret } from "./secret-box";
import { securityNotice } from "./security-notice";
import { sendEmailConfirmation } from "./confirm-email";
import {
  changeNameSchema,
  changePasswordSchema,
  confirmTotpSchema,
  disableTotpSchema,
  emailConfirmationSchema,
  endSessionSchema,
  regenerateRecoveryCodesSchema,
  safeCallbackUrl,
  type ChangePasswordInput,
} from "./schemas";
import { forgetUsedTotpSteps, newRecoveryCodes, consumeTotpCode } from "./second-factor";
import { generateTotpSecret, otpauthUrl } from "./totp";

const WRONG_PASSWORD = "That is not your current password.";

/** Mails a link confirming the user's address; at most a few an hour. */
export const sendEmailConfirmationAction = userAction(emailConfirmationSchema, async ({ input, user, actor, request, tx }) => {
  const limit = await rateLimit(`email-confirmation:user:${user.id}`, LIMITS.emailConfirmationPerUser);
  if (!limit.ok) throw new RetryLaterError(tooManyAttempts(limit), limit.resetSeconds);
  await sendEmailConfirmation(tx, user, safeCallbackUrl(input.next, "/account"), actor, request);
  return { email: user.email };
});

/** Step 1 of enrolment: a new secret, kept pending (totpEnabled stays false) until confirmed. */
export const startTotpEnrolment = userAction(z.object({}), async ({ user, actor, request, tx }) => {
  if (user.totpEnabled) throw new ActionError("Two-factor authentication is already on.");
  const secret = generateTotpSecret();
  await tx.user.update({ where: { id: user.id }, data: { totpSecret: sealSecret(secret, user.id) } });
  await audit(tx, { teamId: null, actor, action: "auth.totp_enrolment_started", request });
  const url = otpauthUrl(secret, user.email);
  return { secret, otpauthUrl: url, qrCode: await toDataURL(url, { margin: 1, width: 200 }) };
});

/** Step 2: a code from the app proves it holds the secret; 2FA is on and recovery codes are shown once. */
export const confirmTotpEnrolment = userAction(confirmTotpSchema, async ({ input, user, actor, request, tx, notify }) => {
  const row = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabled: true, totpSecret: true } });
  if (row.totpEnabled) throw new ActionError("Two-factor authentication is already on.");
  if (!row.totpSecret) throw new ActionError("Start the set-up again.");
  if (!(await consumeTotpCode(tx, user.id, row.totpSecret, input.code))) {
    throw new ActionError("Check the highlighted fields.", { code: "That code is not valid. Check the time on your device and try the current code." });
  }
  const { codes, hashes } = newRecoveryCodes();
  await tx.user.update({ where: { id: user.id }, data: { totpEnabled: true, recoveryCodes: hashes } });
  await audit(tx, { teamId: null, actor, action: "auth.totp_enabled", request });
  await notify(securityNotice(user, "totp_enabled", request));
  return { recoveryCodes: codes };
});

export const disableTotp = userAction(disableTotpSchema, async ({ input, user, actor, request, tx, notify }) => {
  await limitPasswordChecks(user.id);
  const row = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabled: true, passwordHash: true } });
  if (!row.totpEnabled) throw new ActionError("Two-factor authentication is already off.");
  if (!(await verifyPassword(row.passwordHash, input.password))) throw new ActionError("Check the highlighted fields.", { password: WRONG_PASSWORD });
  await tx.user.update({ where: { id: user.id }, data: { totpEnabled: false, totpSecret: null, recoveryCodes: [] } });
  await forgetUsedTotpSteps(tx, user.id);
  await audit(tx, { teamId: null, actor, action: "auth.totp_disabled", request });
  await notify(securityNotice(user, "totp_disabled", request));
  return null;
});

/** New recovery codes, shown once; the unused ones stop working. Confirmed like turning 2FA off. */
export const regenerateRecoveryCodes = userAction(regenerateRecoveryCodesSchema, async ({ input, user, actor, request, tx, notify }) => {
  await limitPasswordChecks(user.id);
  const row = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpEnabled: true, passwordHash: true, recoveryCodes: true } });
  if (!row.totpEnabled) throw new ActionError("Two-factor authentication is off, so there are no recovery codes to replace.");
  if (!(await verifyPassword(row.passwordHash, input.password))) throw new ActionError("Check the highlighted fields.", { password: WRONG_PASSWORD });
  const { codes, hashes } = newRecoveryCodes();
  await tx.user.update({ where: { id: user.id }, data: { recoveryCodes: hashes } });
  await audit(tx, { teamId: null, actor, action: "auth.recovery_codes_regenerated", metadata: { unusedReplaced: row.recoveryCodes.length }, request });
  await notify(securityNotice(user, "recovery_codes_regenerated", request));
  return { recoveryCodes: codes };
});

/** The name every team shows for this user; their email stays their identity. */
export const changeName = userAction(changeNameSchema, async ({ input, user, actor, request, tx }) => {
  if (input.name === user.name) return { name: user.name };
  await tx.user.update({ where: { id: user.id }, data: { name: input.name } });
  await audit(tx, { teamId: null, actor, action: "auth.name_changed", metadata: { before: { name: user.name }, after: { name: input.name } }, request });
  return { name: input.name };
});

const changePasswordAndRevoke = userAction(changePasswordSchema, async ({ input, user, actor, request, tx, notify }) => {
  await limitPasswordChecks(user.id);
  const row = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new ActionError("Check the highlighted fields.", { currentPassword: WRONG_PASSWORD });
  }
  const { sessionVersion } = await tx.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  await keepOnlySession(tx, user.id, await currentSessionId(), sessionVersion);
  await audit(tx, { teamId: null, actor, action: "auth.password_changed", metadata: { otherSessionsEnded: true }, request });
  await notify(securityNotice(user, "password_changed", request));
  return null;
});

/** Ends every other session (the version bump) and keeps this one with a re-issued token. The
 *  redirect makes the browser load the page with the new token (a re-render in this response
 *  would still see the old one). */
export async function changePassword(raw: ChangePasswordInput): Promise<ActionResult> {
  const result = await changePasswordAndRevoke(raw);
  if (!result.ok) return result;
  await reissueSession({});
  redirect("/account?password=changed");
}

const bumpSessionVersion = userAction(z.object({}), async ({ user, actor, request, tx }) => {
  await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  await audit(tx, { teamId: null, actor, action: "auth.signed_out_everywhere", request });
  return null;
});

const SESSION_GONE = "That session has already ended. Reload the page to see where you are signed in now.";

/** Signs out one of the user's other sessions from the account page's list: its token is refused
 *  from its next request. Only the user's own live sessions can be named. */
export const signOutSession = userAction(endSessionSchema, async ({ input, user, actor, request, tx }) => {
  if (input.sessionId === (await currentSessionId())) throw new ActionError("That is the session you are using. Sign out at the top of the page instead.");
  const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
  const session = await tx.userSession.findFirst({
    where: { id: input.sessionId, userId: user.id, sessionVersion, expiresAt: { gt: new Date() } },
    select: { ip: true, userAgent: true, createdAt: true },
  });
  if (!session) throw new ActionError(SESSION_GONE);
  await endSession(tx, input.sessionId);
  await audit(tx, {
    teamId: null,
    actor,
    action: "auth.session_ended",
    metadata: { device: describeDevice(session.userAgent), ip: session.ip, signedInAt: session.createdAt.toISOString() },
    request,
  });
  return null;
});

const bumpSessionVersionKeepingThis = userAction(z.object({}), async ({ user, actor, request, tx }) => {
  const { sessionVersion } = await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  await keepOnlySession(tx, user.id, await currentSessionId(), sessionVersion);
  await audit(tx, { teamId: null, actor, action: "auth.other_sessions_ended", request });
  return null;
});

/** Ends every session but this one, which keeps going with a re-issued token (as after a password
 *  change): the version bump also reaches tokens the list does not show. */
export async function signOutOtherSessions(): Promise<ActionResult> {
  const result = await bumpSessionVersionKeepingThis({});
  if (!result.ok) return result;
  await reissueSession({});
  redirect("/account?sessions=ended");
}

/** Revokes every session of the user, this one included. */
export async function signOutEverywhere(): Promise<ActionResult> {
  const result = await bumpSessionVersion({});
  if (!result.ok) return result;
  await signOut({ redirectTo: "/sign-in" });
  return ok(null);
}
