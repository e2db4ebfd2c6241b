import { appUrl } from "@/lib/app-url";
import type { Db } from "@/lib/db/client";
import type { Notice } from "@/lib/email/notice-templates";
import { invitationUndeliveredSubject } from "@/lib/email/templates/invitation-undelivered";
import { senderStands } from "./standing-sql";

/** live: its link can still be used; withdrawn: pending, but its sender can no longer invite with its role. */
export type InvitationMailState = { live: boolean; withdrawn: boolean; failing: boolean };

/**
 * For the invitations whose emails a sender took, in one read: whether each is still worth mailing
 * and whether it shows a failed try. One missing from the map is gone.
 */
export async function invitationMailStates(db: Db, invitationIds: string[]): Promise<Map<string, InvitationMailState>> {
  if (invitationIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; open: boolean; stands: boolean; failing: boolean }[]>`
    SELECT i.id, i.status = 'pending' AND (i."expiresAt" IS NULL OR i."expiresAt" > now()) AS open,
           ${senderStands} AS stands, i."mailError" IS NOT NULL AS failing
    FROM "Invitation" i WHERE i.id = ANY(${invitationIds})`;
  return new Map(rows.map((i) => [i.id, { live: i.open && i.stands, withdrawn: i.open && !i.stands, failing: i.failing }]));
}

/**
 * Marks a withdrawn invitation's email as not sent, without telling its sender (who lost the right to
 * send it): should the sender regain that right, the row still says the invitee was never emailed.
 */
export async function invitationMailWithheld(db: Db, invitationId: string): Promise<void> {
  await db.invitation.updateMany({ where: { id: invitationId }, data: { mailError: "It was held back while its sender could not invite with this role", mailRetryAt: null } });
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
