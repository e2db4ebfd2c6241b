import { appUrl } from "@/lib/app-url";
import type { Db } from "@/lib/db/client";
import type { Notice } from "@/lib/email/notice-templates";
import { invitationUndeliveredSubject } from "@/lib/email/templates/invitation-undelivered";

/** An invitation's email is only worth sending while its link can still be used. */
export async function stillInvited(db: Db, invitationId: string): Promise<boolean> {
  const invitation = await db.invitation.findUnique({ where: { id: invitationId }, select: { status: true, expiresAt: true } });
  return invitation?.status === "pending" && (!invitation.expiresAt || invitation.expiresAt > new Date());
}

export async function invitationMailSent(db: Db, invitationId: string): Promise<void> {
  await db.invitation.updateMany({ where: { id: invitationId, mailError: { not: null } }, data: { mailError: null, mailRetryAt: null } });
}

/**
 * Shows why the invitation's email did not go (in the members list), and when it is tried next.
 * When it will not be (`retryAt` null), returns the notice that tells whoever sent the invitation.
 */
export async function invitationMailFailed(db: Db, invitationId: string, why: string, retryAt: Date | null): Promise<Notice | null> {
  await db.invitation.updateMany({ where: { id: invitationId }, data: { mailError: why, mailRetryAt: retryAt } });
  if (retryAt) return null;
  const invitation = await db.invitation.findUnique({ where: { id: invitationId }, select: { email: true, inviterId: true, team: { select: { name: true, slug: true } } } });
  const inviter = invitation && (await db.user.findUnique({ where: { id: invitation.inviterId }, select: { name: true, email: true } }));
  if (!invitation?.email || !inviter) return null;
  return {
    to: inviter.email,
    subject: invitationUndeliveredSubject(invitation.email, invitation.team.name),
    template: "invitationUndelivered",
    props: { inviterName: inviter.name, email: invitation.email, teamName: invitation.team.name, reason: why, url: appUrl(`/t/${invitation.team.slug}/members?status=unsent`) },
  };
}
