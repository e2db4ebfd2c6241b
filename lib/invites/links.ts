import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import { assertGrantable, resolveRoleChoice } from "@/lib/roles/choice";
import type { z } from "zod";
import type { inviteLinkSchema } from "./schemas";
import { inviteUrl } from "./send";
import { newToken } from "./token";

/** A shareable link (no email): role capped at the creator's, optional expiry, uses and domains. */
export async function createInviteLink({ input, member, actor, request, tx, user }: TeamActionContext<z.output<typeof inviteLinkSchema>>) {
  const role = await resolveRoleChoice(tx, member.team.id, input.role);
  assertGrantable(member, role);
  const { token, hash } = newToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const link = await tx.invitation.create({
    data: {
      teamId: member.team.id,
      email: null,
      role: role.role,
      customRoleId: role.customRoleId,
      tokenHash: hash,
      inviterId: user.id,
      expiresAt,
      maxUses: input.maxUses,
      allowedDomains: input.allowedDomains,
    },
    select: { id: true },
  });
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "invite_link.created",
    target: { type: "invitation", id: link.id, label: "Invite link" },
    metadata: { after: { role: role.name, expiresAt: expiresAt?.toISOString() ?? null, maxUses: input.maxUses, allowedDomains: input.allowedDomains } },
    request,
  });
  return { invitationId: link.id, link: inviteUrl(token) };
}
