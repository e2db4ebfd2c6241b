import { appUrl } from "@/lib/app-url";
import type { Db } from "@/lib/db/client";
import type { Notice } from "@/lib/email/notice-templates";
import { invitationUndeliveredSubject } from "@/lib/email/templates/invitation-undelivered";

export type InvitationMailState = { live: boolean; failing: boolean };

/**
 * For the invitations whose emails a sender took, in one read: whether each is still worth mailing
 * (its link can still be used) and whether it shows a failed try. One missing from the map is gone.
 */
export async function invitationMailStates(db: Db, invitationIds: string[]): Promise<Map<string, InvitationMailState>> {
  if (invitationIds.length === 0) return new Map();
  const now = new Date();
  const rows = await db.invitation.findMany({ where: { id: { in: invitationIds } }, select: { id: true, status: true, expiresAt: true, mailError: true } });
  return new Map(rows.map((i) => [i.id, { live: i.status === "pending" && (!i.expiresAt || i.expiresAt > now), failing: i.mailError !== null }]));
}

/** Clears the failure an invitation showed, once a try went through. */
export async function invitationMailSent(db: Db, invitationId: string): Promise<void> {
  await db.invitation.updateMany({ where: { id: invitationId }, data: { mailError: null, mailRetryAt: null } });
}

/** How many of the team's pending invitations have an email that has not gone (retrying, or given up). */
export function unsentInvitationCount(db: Db, teamId: string): Promise<number> {
  return db.invitation.count({ where: { teamId, status: "pending", email: { not: null }, mailError: { not: null } } });
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
