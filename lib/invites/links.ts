import type { TeamActionContext } from "@/lib/actions/team-action";
import { ActionError } from "@/lib/actions/result";
import { audit } from "@/lib/audit/record";
import { isEmailConfirmed } from "@/lib/auth/confirm-email";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db/client";
import { accessEndsAtFor } from "@/lib/members/access-end";
import { mayListWithRole } from "@/lib/permissions";
import { assertGrantable, resolveRoleChoice, type StoredRole } from "@/lib/roles/choice";
import type { z } from "zod";
import type { inviteLinkSchema } from "./schemas";
import { inviteUrl } from "./send";
import { newToken } from "./token";

/**
 * A link is listed only with a role that cannot run the team, and only for the domain of its
 * creator's own confirmed address, so nobody can show their team to the people of an organisation
 * they do not belong to ("Join Acme Engineering").
 */
export async function listingRefusal(tx: Tx, user: CurrentUser, role: StoredRole, domains: string[]): Promise<ActionError | null> {
  if (!mayListWithRole(role)) {
    return new ActionError(`Anyone at the domain could join as ${role.name}, which can run the team. List a link only for a role that cannot, such as Developer or Viewer.`, { listed: `Not for ${role.name}: pick a role that cannot run the team` }, 422);
  }
  const own = user.email.split("@")[1];
  const other = domains.find((domain) => domain !== own);
  if (!(await isEmailConfirmed(tx, user.id))) return new ActionError("Confirm your email address (Account) before you list a link for your domain.", { listed: "Confirm your own address first" }, 403);
  if (other) return new ActionError(`You can list a link only for ${own}, the domain of your own address.`, { listed: `List it for ${own} only, or leave it unlisted` }, 403);
  return null;
}

/** A shareable link (no email): role capped at the creator's, optional expiry, uses and domains. */
export async function createInviteLink({ input, member, actor, request, tx, user }: TeamActionContext<z.output<typeof inviteLinkSchema>>) {
  const role = await resolveRoleChoice(tx, member.team.id, input.role);
  assertGrantable(member, role);
  const refusal = input.listed ? await listingRefusal(tx, user, role, input.allowedDomains) : null;
  if (refusal) throw refusal;
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
      listed: input.listed,
      accessEndsAt: input.lastDay ? accessEndsAtFor(input.lastDay) : null,
    },
    select: { id: true },
  });
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "invite_link.created",
    target: { type: "invitation", id: link.id, label: "Invite link" },
    metadata: { after: { role: role.name, expiresAt: expiresAt?.toISOString() ?? null, maxUses: input.maxUses, allowedDomains: input.allowedDomains, listed: input.listed, ...(input.lastDay && { lastDay: input.lastDay }) } },
    request,
  });
  return { invitationId: link.id, link: inviteUrl(token) };
}
