import { audit, type RequestContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { appUrl } from "@/lib/app-url";
import { sendEmail } from "@/lib/email/send";
import { MagicLinkEmail, MagicLinkRefusedEmail } from "@/lib/email/templates/magic-link";

export const MAGIC_LINK_MINUTES = 15;

/**
 * Auth.js's sendVerificationRequest: mails the link to an existing account without 2FA. An
 * unknown address gets nothing and a 2FA account gets a note instead of a link, while the
 * requester sees the same "check your email" page in every case.
 */
export async function sendMagicLink(db: Db, { email, url }: { email: string; url: string }, request: RequestContext): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, totpEnabled: true } });
    const sent = !user ? "nothing" : user.totpEnabled ? "2fa_notice" : "link";
    await audit(tx, {
      teamId: null,
      actor: { type: "user", id: user?.id ?? null, name: user?.name ?? email },
      action: "auth.magic_link_requested",
      metadata: { email, sent },
      request,
    });
    if (sent === "link") await sendEmail(tx, { to: email, subject: "Your Roster sign-in link", react: MagicLinkEmail({ url, minutes: MAGIC_LINK_MINUTES }) });
    if (sent === "2fa_notice") await sendEmail(tx, { to: email, subject: "Sign in to Roster with your password", react: MagicLinkRefusedEmail({ url: appUrl("/sign-in") }) });
  });
}

/**
 * Auth.js's signIn callback for a clicked link (the token was already checked and consumed):
 * only an existing account without 2FA signs in this way. Records the Account row that tells
 * the members table this user signs in by email, and the sign-in event.
 */
export async function completeMagicLinkSignIn(db: Db, email: string, request: RequestContext): Promise<boolean> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, totpEnabled: true } });
  if (!user || user.totpEnabled) return false;
  await db.$transaction(async (tx) => {
    await tx.account.upsert({
      where: { provider_providerAccountId: { provider: "email", providerAccountId: email } },
      create: { userId: user.id, type: "email", provider: "email", providerAccountId: email },
      update: {},
    });
    await audit(tx, { teamId: null, actor: { type: "user", id: user.id, name: user.name }, action: "auth.sign_in", metadata: { method: "magic_link", email }, request });
  });
  return true;
}
