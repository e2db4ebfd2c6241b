import type { Notify } from "@/lib/actions/notices";
import { appUrl } from "@/lib/app-url";
import { invitationSubject } from "@/lib/email/templates/invitation";

export function inviteUrl(token: string): string {
  return appUrl(`/invite/${token}`);
}

/**
 * Queues the invitation's email, sent once the invitation is committed (never for one that rolled
 * back) and retried while the mail provider refuses it; the members list shows why meanwhile, and
 * the person inviting has the link.
 */
export async function queueInvitationEmail(
  notify: Notify,
  invite: { id: string; email: string; token: string; expiresAt: Date | null; accessEndsAt: Date | null; roleName: string },
  inviterName: string,
  teamName: string,
): Promise<void> {
  await notify({
    to: invite.email,
    subject: invitationSubject(inviterName, teamName),
    template: "invitation",
    invitationId: invite.id,
    props: { inviterName, teamName, roleName: invite.roleName, url: inviteUrl(invite.token), expiresAt: invite.expiresAt, accessEndsAt: invite.accessEndsAt },
  });
}
