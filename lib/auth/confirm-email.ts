import { audit, type AuditActor, type RequestContext } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { appUrl } from "@/lib/app-url";
import { sendEmail } from "@/lib/email/send";
import { ConfirmEmailEmail } from "@/lib/email/templates/confirm-email";
import { consumeEmailToken, issueEmailToken } from "./email-tokens";

export const CONFIRM_EMAIL_HOURS = 24;

/** Mails the user a link that confirms their address (sign-up does not; an emailed sign-in link does). The link leads back to `next`. */
export async function sendEmailConfirmation(tx: Tx, user: { id: string; email: string }, next: string, actor: AuditActor, request: RequestContext) {
  const token = await issueEmailToken(tx, "confirm-email", user.id, CONFIRM_EMAIL_HOURS * 3_600_000);
  const url = appUrl(`/confirm-email?${new URLSearchParams({ token, next })}`);
  await sendEmail(tx, { to: user.email, subject: "Confirm your email address for Roster", react: ConfirmEmailEmail({ url, hours: CONFIRM_EMAIL_HOURS }) });
  await audit(tx, { teamId: null, actor, action: "auth.email_confirmation_sent", metadata: { email: user.email }, request });
}

/**
 * Uses a confirmation link (once) opened by the signed-in user it was sent to: their address is
 * confirmed. Merely fetching the link (as mail scanners do) confirms nothing, so an address cannot
 * be confirmed for an account its owner never signed in to. False for a link that is unknown,
 * used, expired or someone else's (which stays usable by them).
 */
export async function confirmEmail(db: Db, token: string, signedInUserId: string, request: RequestContext): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const userId = await consumeEmailToken(tx, "confirm-email", token, signedInUserId);
    const user = userId && (await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, email: true } }));
    if (!user) return false;
    await tx.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
    await audit(tx, { teamId: null, actor: { type: "user", id: user.id, name: user.name }, action: "auth.email_confirmed", metadata: { email: user.email }, request });
    return true;
  });
}

export async function isEmailConfirmed(db: Db | Tx, userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  return Boolean(user?.emailVerified);
}
