import { audit, type RequestContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { appUrl } from "@/lib/app-url";
import { sendEmail } from "@/lib/email/send";
import { ResetPasswordEmail } from "@/lib/email/templates/reset-password";
import { consumeEmailToken, emailTokenUser, issueEmailToken } from "./email-tokens";
import { hashPassword } from "./password";
import { withNotices } from "@/lib/actions/notices";
import { securityNotice } from "./security-notice";

export const RESET_PASSWORD_MINUTES = 60;

export const RESET_LINK_INVALID = "This reset link is not valid any more: it was used, replaced by a newer one or expired. Ask for a new one.";

/** Mails a reset link to the account with this address, if there is one; the requester learns nothing either way. */
export async function sendPasswordReset(db: Db, email: string, request: RequestContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true } });
    if (!user) return;
    const token = await issueEmailToken(tx, "reset-password", user.id, RESET_PASSWORD_MINUTES * 60_000);
    const url = appUrl(`/sign-in/reset?${new URLSearchParams({ token })}`);
    await sendEmail(tx, { to: email, subject: "Reset your Roster password", react: ResetPasswordEmail({ url, minutes: RESET_PASSWORD_MINUTES }) });
    await audit(tx, { teamId: null, actor: { type: "user", id: user.id, name: user.name }, action: "auth.password_reset_requested", metadata: { email }, request });
  });
}

/**
 * Sets a new password through a reset link, once. Every session of the user ends (whoever asked
 * may not be the only one who knew the old password), and the address counts as confirmed: the
 * link reached it. Two-factor authentication stays on. False for an unknown, used or expired link.
 */
export async function resetPassword(db: Db, token: string, password: string, request: RequestContext): Promise<boolean> {
  // Hashing is slow on purpose: a link that is no good is turned away before it costs that.
  if (!(await emailTokenUser(db, "reset-password", token))) return false;
  const passwordHash = await hashPassword(password);
  return withNotices(db, async (tx, notify) => {
    const userId = await consumeEmailToken(tx, "reset-password", token);
    const user = userId && (await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } }));
    if (!user) return false;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 }, emailVerified: new Date() } });
    await audit(tx, { teamId: null, actor: { type: "user", id: user.id, name: user.name }, action: "auth.password_reset", request });
    await notify(securityNotice(user, "password_reset", request));
    return true;
  });
}
