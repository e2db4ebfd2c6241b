import { appUrl } from "@/lib/app-url";
import type { Tx } from "@/lib/db/client";
import { sendEmail } from "@/lib/email/send";
import { InvitationEmail, invitationSubject } from "@/lib/email/templates/invitation";

export function inviteUrl(token: string): string {
  return appUrl(`/invite/${token}`);
}

export async function sendInvitationEmail(
  tx: Tx,
  invite: { email: string; token: string; expiresAt: Date | null; accessEndsAt: Date | null; roleName: string },
  inviterName: string,
  teamName: string,
): Promise<void> {
  await sendEmail(tx, {
    to: invite.email,
    subject: invitationSubject(inviterName, teamName),
    react: InvitationEmail({ inviterName, teamName, roleName: invite.roleName, url: inviteUrl(invite.token), expiresAt: invite.expiresAt, accessEndsAt: invite.accessEndsAt }),
  });
}
