import { eachSelected } from "@/lib/actions/each-selected";
import { ActionError, RetryLaterError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { resolveRole } from "@/lib/permissions";
import { waitText } from "@/lib/rate-limit";
import { assertGrantable } from "@/lib/roles/choice";
import { lockTeam } from "@/lib/teams/lock";
import type { z } from "zod";
import { limitInvites } from "./limits";
import { listingRefusal } from "./links";
import { endedSeatsHint, seatsInUse } from "./seats";
import type { invitationIdSchema, invitationIdsSchema } from "./schemas";
import { inviteUrl, queueInvitationEmail } from "./send";
import { newToken } from "./token";

type Ctx = TeamActionContext<z.output<typeof invitationIdSchema>>;

export const RESEND_COOLDOWN_SECONDS = 60;
const DAY_MS = 86_400_000;

async function pendingInvitation(tx: Tx, teamId: string, id: string, kind: "email" | "link") {
  await tx.$queryRaw`SELECT id FROM "Invitation" WHERE id = ${id} FOR UPDATE`;
  const invitation = await tx.invitation.findFirst({
    where: { id, teamId, status: "pending", email: kind === "email" ? { not: null } : null },
    include: { customRole: { select: { name: true, permissions: true } } },
  });
  if (!invitation) throw new ActionError(kind === "email" ? "That invitation is no longer pending." : "That invite link no longer exists.", undefined, 404);
  return invitation;
}

/** Sends the invitation again with a fresh link (the old link stops working and says it was replaced) and a new expiry. */
export async function resendInvite({ input, member, actor, request, tx, user, notify }: Ctx) {
  await lockTeam(tx, member.team.id); // seats are counted below, as when inviting and accepting
  const invitation = await pendingInvitation(tx, member.team.id, input.invitationId, "email");
  const role = resolveRole(invitation);
  assertGrantable(member, { ...invitation, ...role });
  const now = new Date();
  const wait = invitation.lastSentAt ? RESEND_COOLDOWN_SECONDS - Math.floor((now.getTime() - invitation.lastSentAt.getTime()) / 1000) : 0;
  if (wait > 0) throw new RetryLaterError(`This invitation was just sent. You can resend it in ${waitText(wait)}.`, wait);
  await limitInvites("resendsPerTeam", member.team.id);
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + member.team.inviteExpiryDays * DAY_MS);
  // Whoever sends it again vouches for it from now on (the email names them), so it stops being withdrawn.
  const seatsBefore = await seatsInUse(tx, member.team.id, now);
  await tx.replacedInviteToken.create({ data: { tokenHash: invitation.tokenHash, invitationId: invitation.id } });
  await tx.invitation.update({
    where: { id: invitation.id },
    data: { tokenHash: hash, expiresAt, lastSentAt: now, sendCount: { increment: 1 }, inviterId: user.id, mailError: null, mailRetryAt: null },
  });
  // An earlier email still waiting for a try carries the replaced link: this one takes its place.
  await tx.pendingNotice.deleteMany({ where: { invitationId: invitation.id } });
  // An expired or withdrawn invitation held no seat; sent again, it takes one, which there must be.
  const seatsAfter = await seatsInUse(tx, member.team.id, now);
  if (seatsAfter > seatsBefore && seatsAfter > member.team.seatLimit) {
    const hint = await endedSeatsHint(tx, member.team.id, now);
    throw new ActionError(`${member.team.name} has no free seat for this invitation. Free one or raise the seat limit, then resend it.${hint && ` ${hint}.`}`, undefined, 409);
  }
  await queueInvitationEmail(notify, { id: invitation.id, email: invitation.email!, token, expiresAt, accessEndsAt: invitation.accessEndsAt, roleName: role.name }, user.name, member.team.name);
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "invite.resent",
    target: { type: "invitation", id: invitation.id, label: invitation.email! },
    metadata: { after: { expiresAt: expiresAt.toISOString() } },
    request,
  });
  return { link: inviteUrl(token) };
}

export async function cancelInvite({ input, member, actor, request, tx }: Ctx) {
  const invitation = await pendingInvitation(tx, member.team.id, input.invitationId, "email");
  await tx.invitation.update({ where: { id: invitation.id }, data: { status: "cancelled" } });
  await audit(tx, { teamId: member.team.id, actor, action: "invite.cancelled", target: { type: "invitation", id: invitation.id, label: invitation.email! }, request });
  return null;
}

/** Several email invitations at once: all are cancelled, or none. */
export async function cancelInvites(ctx: TeamActionContext<z.output<typeof invitationIdsSchema>>) {
  const { tx, member, input } = ctx;
  const pending = await tx.invitation.findMany({
    where: { teamId: member.team.id, id: { in: input.invitationIds }, status: "pending", email: { not: null } },
    select: { id: true, email: true },
  });
  const labels = new Map(pending.map((i) => [i.id, i.email!]));
  const selected = { ids: input.invitationIds, labels, gone: { rows: "invitations", state: "no longer pending" } };
  await eachSelected(selected, ctx.actor, (invitationId) => cancelInvite({ ...ctx, input: { invitationId } }));
  return { count: input.invitationIds.length };
}

export async function revokeInviteLink({ input, member, actor, request, tx }: Ctx) {
  const link = await pendingInvitation(tx, member.team.id, input.invitationId, "link");
  await tx.invitation.update({ where: { id: link.id }, data: { status: "revoked" } });
  await audit(tx, { teamId: member.team.id, actor, action: "invite_link.revoked", target: { type: "invitation", id: link.id, label: "Invite link" }, request });
  return null;
}

/** Stops showing a listed link to the people of its domains; the link itself keeps working for whoever has it. */
export async function unlistInviteLink({ input, member, actor, request, tx }: Ctx) {
  const link = await pendingInvitation(tx, member.team.id, input.invitationId, "link");
  if (!link.listed) return null;
  await tx.invitation.update({ where: { id: link.id }, data: { listed: false } });
  await audit(tx, { teamId: member.team.id, actor, action: "invite_link.unlisted", target: { type: "invitation", id: link.id, label: "Invite link" }, metadata: { allowedDomains: link.allowedDomains }, request });
  return null;
}

/**
 * Lists a link limited to domains again (or for the first time), under the rules a new listed
 * link follows, checked against whoever lists it: a role that cannot run the team, their own
 * confirmed address's domain, and a role they may give.
 */
export async function listInviteLink({ input, member, user, actor, request, tx }: Ctx) {
  const link = await pendingInvitation(tx, member.team.id, input.invitationId, "link");
  if (link.listed) return null;
  if (!link.allowedDomains.length) throw new ActionError("Only a link limited to your domain can be listed. Create one for your domain instead.", undefined, 422);
  const role = { ...link, ...resolveRole(link) };
  assertGrantable(member, role);
  const refusal = await listingRefusal(tx, user, role, link.allowedDomains);
  // A button, not the form whose `listed` field the refusal names: its message alone.
  if (refusal) throw new ActionError(refusal.message, undefined, refusal.status);
  await tx.invitation.update({ where: { id: link.id }, data: { listed: true } });
  await audit(tx, { teamId: member.team.id, actor, action: "invite_link.listed", target: { type: "invitation", id: link.id, label: "Invite link" }, metadata: { allowedDomains: link.allowedDomains }, request });
  return null;
}

/**
 * A new secret for the same link settings; the old URL stops working at once (and says it was
 * replaced), and the link is now the regenerator's. A listed link stays listed only if the
 * regenerator could have listed it themselves; otherwise it is unlisted rather than refused, since
 * regenerating is how a leaked link is made safe.
 */
export async function regenerateInviteLink({ input, member, user, actor, request, tx }: Ctx) {
  const link = await pendingInvitation(tx, member.team.id, input.invitationId, "link");
  const role = { ...link, ...resolveRole(link) };
  assertGrantable(member, role);
  const unlisted = link.listed && (await listingRefusal(tx, user, role, link.allowedDomains)) !== null;
  const { token, hash } = newToken();
  await tx.replacedInviteToken.create({ data: { tokenHash: link.tokenHash, invitationId: link.id } });
  await tx.invitation.update({ where: { id: link.id }, data: { tokenHash: hash, inviterId: user.id, ...(unlisted && { listed: false }) } });
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "invite_link.regenerated",
    target: { type: "invitation", id: link.id, label: "Invite link" },
    ...(unlisted && { metadata: { before: { listed: true }, after: { listed: false } } }),
    request,
  });
  return { link: inviteUrl(token), unlisted };
}
