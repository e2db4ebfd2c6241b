import { ActionError } from "@/lib/actions/result";
import type { UserActionContext } from "@/lib/actions/user-action";
import { audit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { invitationDeclinedSubject } from "@/lib/email/templates/invitation-declined";
import { mayInviteWith, resolveRole } from "@/lib/permissions";
import { accessCurrentSql, accessCurrentWhere } from "@/lib/members/access-current";
import { accessEnded, accessEndText, lastDayOf } from "@/lib/members/access-end";
import { invitationMatch, lockTeamOfInvitation, type InvitationKey } from "@/lib/teams/lock";
import type { z } from "zod";
import type { invitationIdSchema, inviteTokenSchema } from "./schemas";
import { seatsInUse } from "./seats";
import { hashToken } from "./token";

export type InviteState = "valid" | "invalid" | "cancelled" | "declined" | "expired" | "used" | "exhausted" | "withdrawn" | "replaced";

type InvitationRow = {
  status: string;
  email: string | null;
  expiresAt: Date | null;
  maxUses: number | null;
  uses: number;
};

export function inviteState(inv: InvitationRow | null, now = new Date()): InviteState {
  if (!inv) return "invalid";
  if (inv.status === "cancelled" || inv.status === "revoked") return "cancelled";
  if (inv.status === "declined") return "declined";
  if (inv.status === "accepted") return "used";
  if (inv.expiresAt && inv.expiresAt <= now) return "expired";
  if (inv.maxUses !== null && inv.uses >= inv.maxUses) return "exhausted";
  return "valid";
}

export const STATE_MESSAGES: Record<Exclude<InviteState, "valid">, string> = {
  invalid: "This invite link is not valid. Check that you copied the whole link, or ask for a new invitation.",
  cancelled: "This invitation was cancelled. Ask a team admin for a new one.",
  declined: "This invitation was declined. If you changed your mind, ask a team admin for a new one.",
  expired: "This invitation has expired. Ask a team admin to send a new one.",
  used: "This invitation has already been used.",
  exhausted: "This invite link has reached its maximum number of uses. Ask a team admin for a new one.",
  withdrawn: "This invitation no longer works: the person who sent it can no longer invite people with this role. Ask a team admin for a new one.",
  replaced: "This link was replaced by a newer one. Use the latest link you were sent.",
};

/**
 * What an old link says once "Resend" or "Regenerate" replaced it: where the new one is. Null for
 * a token that was never replaced. An invitation cancelled or used since says so instead.
 */
export async function replacedInvite(client: Db | Tx, tokenHash: string): Promise<{ state: InviteState; message: string } | null> {
  const replaced = await client.replacedInviteToken.findUnique({
    where: { tokenHash },
    select: { invitation: { select: { email: true, status: true, expiresAt: true, maxUses: true, uses: true, inviterId: true } } },
  });
  if (!replaced) return null;
  const { invitation } = replaced;
  const state = inviteState(invitation);
  if (state === "cancelled" || state === "declined" || state === "used") return { state, message: STATE_MESSAGES[state] };
  if (invitation.email) {
    return { state: "replaced", message: `This invitation was replaced by a newer email to ${invitation.email}. Open the link in the latest invitation email.` };
  }
  const sender = await client.user.findUnique({ where: { id: invitation.inviterId }, select: { name: true } });
  return { state: "replaced", message: `This link was replaced by a new one. Ask ${sender ? `${sender.name} or a team admin` : "a team admin"} for the new link.` };
}

type Standing = { role: string; customRole: { name: string; permissions: string[] } | null };

/**
 * An invitation is only as good as its sender's standing (`inviter`: their membership, if any): it
 * admits people while whoever created it could still create it, so an Admin who is removed or
 * demoted cannot come back, or bring anyone in, through a link they made before.
 */
export function inviterMayGrant(inviter: Standing | null, invitation: Standing & { inviterId: string }): boolean {
  return inviter !== null && mayInviteWith({ userId: invitation.inviterId, permissions: resolveRole(inviter).permissions }, resolveRole(invitation).permissions);
}

const INVITE_INCLUDE = {
  team: { select: { id: true, slug: true, name: true, seatLimit: true } },
  customRole: { select: { name: true, permissions: true } },
} as const;

/** Everything the invite page shows; nothing is changed by looking. */
export async function describeInvite(client: Db, token: string) {
  const tokenHash = hashToken(token);
  const invitation = await client.invitation.findUnique({ where: { tokenHash }, include: INVITE_INCLUDE });
  if (!invitation) return { ...((await replacedInvite(client, tokenHash)) ?? { state: inviteState(null), message: STATE_MESSAGES.invalid }), invitation: null };
  const inviter = await client.user.findUnique({
    where: { id: invitation.inviterId },
    select: { name: true, memberships: { where: { teamId: invitation.teamId, ...accessCurrentWhere() }, select: { role: true, customRole: { select: { name: true, permissions: true } } } } },
  });
  const found = inviteState(invitation);
  const state = found === "valid" && !inviterMayGrant(inviter?.memberships[0] ?? null, invitation) ? "withdrawn" : found;
  return {
    state,
    message: state === "valid" ? null : STATE_MESSAGES[state],
    invitation: {
      team: invitation.team,
      email: invitation.email,
      roleName: resolveRole(invitation).name,
      inviterName: inviter?.name ?? "A former member",
      require2fa: invitation.require2fa,
      allowedDomains: invitation.allowedDomains,
      expiresAt: invitation.expiresAt,
      accessEndsAt: invitation.accessEndsAt,
    },
  };
}

/** Domain-limited links trust an address only once its owner has confirmed it: anyone can sign up with any address. */
export function needsConfirmedEmail(invitation: { allowedDomains: string[] }): boolean {
  return invitation.allowedDomains.length > 0;
}

export const CONFIRM_EMAIL_FIRST = "This link admits addresses at its domains once they are confirmed. Confirm your email address first, then join.";

export function emailMismatch(invitation: { email: string | null; allowedDomains: string[] }, userEmail: string): string | null {
  if (invitation.email && invitation.email !== userEmail) {
    return `This invitation was sent to ${invitation.email}, but you are signed in as ${userEmail}.`;
  }
  const domain = userEmail.split("@")[1];
  if (invitation.allowedDomains.length && !invitation.allowedDomains.includes(domain)) {
    return `This link only admits addresses at ${invitation.allowedDomains.join(", ")}; you are signed in as ${userEmail}.`;
  }
  return null;
}

type InvitationToAccept = InvitationRow & {
  id: string;
  teamId: string;
  inviterId: string;
  role: string;
  customRoleId: string | null;
  require2fa: boolean;
  allowedDomains: string[];
  listed: boolean;
  accessEndsAt: Date | null;
  alreadyMember: boolean;
  emailConfirmed: boolean;
};
type LockedRow = InvitationToAccept & {
  slug: string;
  teamName: string;
  seatLimit: number;
  customRoleName: string | null;
  customRolePermissions: string[] | null;
  inviterRole: string | null;
  inviterCustomRoleName: string | null;
  inviterCustomRolePermissions: string[] | null;
};

const customRoleOf = (name: string | null, permissions: string[] | null) => (name === null ? null : { name, permissions: permissions ?? [] });

/**
 * The invitation with its team, its custom role, its sender's standing, whether the user is
 * already a member and has confirmed their address, in one statement; the invitation row is locked.
 */
async function lockInvitation(tx: Tx, key: InvitationKey, userId: string) {
  const [row] = await tx.$queryRaw<LockedRow[]>`
    SELECT i.id, i."teamId", i."inviterId", i.email, i.role, i."customRoleId", i.status, i."expiresAt", i."maxUses", i.uses, i."require2fa", i."allowedDomains", i.listed, i."accessEndsAt",
           t.slug, t.name AS "teamName", t."seatLimit", cr.name AS "customRoleName", cr.permissions AS "customRolePermissions",
           im.role AS "inviterRole", icr.name AS "inviterCustomRoleName", icr.permissions AS "inviterCustomRolePermissions",
           EXISTS (SELECT 1 FROM "Membership" m WHERE m."teamId" = i."teamId" AND m."userId" = ${userId}) AS "alreadyMember",
           EXISTS (SELECT 1 FROM "User" u WHERE u.id = ${userId} AND u."emailVerified" IS NOT NULL) AS "emailConfirmed"
    FROM "Invitation" i JOIN "Team" t ON t.id = i."teamId" LEFT JOIN "CustomRole" cr ON cr.id = i."customRoleId"
    LEFT JOIN "Membership" im ON im."teamId" = i."teamId" AND im."userId" = i."inviterId" AND ${accessCurrentSql("im")} LEFT JOIN "CustomRole" icr ON icr.id = im."customRoleId"
    WHERE ${invitationMatch(key)} FOR UPDATE OF i`;
  if (!row) return null;
  const { slug, teamName, seatLimit, customRoleName, customRolePermissions, inviterRole, inviterCustomRoleName, inviterCustomRolePermissions, ...invitation } = row;
  const inviter = inviterRole === null ? null : { role: inviterRole, customRole: customRoleOf(inviterCustomRoleName, inviterCustomRolePermissions) };
  return { ...invitation, team: { slug, name: teamName, seatLimit }, customRole: customRoleOf(customRoleName, customRolePermissions), inviter };
}

/** The invitation `key` names, locked after its team (so single-use holds under concurrency); null when there is none. */
async function lockForUser(tx: Tx, key: InvitationKey, userId: string) {
  return (await lockTeamOfInvitation(tx, key)) ? lockInvitation(tx, key, userId) : null;
}

type LockedInvitation = NonNullable<Awaited<ReturnType<typeof lockInvitation>>>;
type Ctx<I> = UserActionContext<I>;

/** Joins the team through an invitation link (or the link in an invitation email). */
export async function acceptInvite(ctx: Ctx<z.output<typeof inviteTokenSchema>>) {
  const tokenHash = hashToken(ctx.input.token);
  const invitation = await lockForUser(ctx.tx, { tokenHash }, ctx.user.id);
  if (!invitation) {
    const replaced = await replacedInvite(ctx.tx, tokenHash);
    throw replaced ? new ActionError(replaced.message, undefined, 409) : new ActionError(STATE_MESSAGES.invalid, undefined, 404);
  }
  return admit(ctx, invitation);
}

export const NOT_YOUR_INVITATION = "There is no invitation for you with this id. It may have been cancelled; reload to see the invitations you have.";

/**
 * An email invitation addressed to the user's own, confirmed address, found by its id: what the
 * list of "invitations for you" acts on, with no link in hand. Anything else (a link, someone
 * else's, an address not confirmed) is refused alike, so ids reveal nothing.
 */
async function lockOwnInvitation({ tx, user }: Ctx<unknown>, invitationId: string) {
  const invitation = await lockForUser(tx, { id: invitationId }, user.id);
  if (!invitation || invitation.email !== user.email || !invitation.emailConfirmed) throw new ActionError(NOT_YOUR_INVITATION, undefined, 404);
  return invitation;
}

/** Joins the team of an invitation sent to the user's confirmed address, from the list of them. */
export async function joinInvitedTeam(ctx: Ctx<z.output<typeof invitationIdSchema>>) {
  return admit(ctx, await lockOwnInvitation(ctx, ctx.input.invitationId));
}

export const NOT_LISTED_FOR_YOU = "There is no team listed for your address with this id. Its link may have been revoked; reload to see the teams you can join.";

/** Joins a team through a link listed for the domain of the user's confirmed address, found by its id. */
export async function joinListedTeam(ctx: Ctx<z.output<typeof invitationIdSchema>>) {
  const invitation = await lockForUser(ctx.tx, { id: ctx.input.invitationId }, ctx.user.id);
  if (!invitation?.listed || invitation.email !== null || !invitation.emailConfirmed || emailMismatch(invitation, ctx.user.email)) {
    throw new ActionError(NOT_LISTED_FOR_YOU, undefined, 404);
  }
  return admit(ctx, invitation);
}

/** Turns down an invitation sent to the user's confirmed address: it stops working and frees its seat; the team's log says so. */
export async function declineInvitation(ctx: Ctx<z.output<typeof invitationIdSchema>>) {
  const invitation = await lockOwnInvitation(ctx, ctx.input.invitationId);
  const state = inviteState(invitation);
  if (state !== "valid") throw new ActionError(STATE_MESSAGES[state], undefined, 409);
  await ctx.tx.invitation.update({ where: { id: invitation.id }, data: { status: "declined" } });
  await audit(ctx.tx, {
    teamId: invitation.teamId,
    actor: ctx.actor,
    action: "invite.declined",
    target: { type: "invitation", id: invitation.id, label: invitation.email! },
    metadata: { role: resolveRole(invitation).name },
    request: ctx.request,
  });
  const inviter = await ctx.tx.user.findUnique({ where: { id: invitation.inviterId }, select: { name: true, email: true } });
  if (inviter) {
    const email = invitation.email!;
    await ctx.notify({
      to: inviter.email,
      subject: invitationDeclinedSubject(email, invitation.team.name),
      template: "invitationDeclined",
      props: { inviterName: inviter.name, email, teamName: invitation.team.name, roleName: resolveRole(invitation).name },
    });
  }
  return { team: invitation.team.name };
}

/** Makes the user a member through an invitation already found and locked, if everything about it still holds. */
async function admit({ user, actor, request, tx }: Ctx<unknown>, invitation: LockedInvitation) {
  const state = inviteState(invitation);
  if (state !== "valid") throw new ActionError(STATE_MESSAGES[state], undefined, 409);
  if (invitation.alreadyMember) return { slug: invitation.team.slug };
  if (!inviterMayGrant(invitation.inviter, invitation)) throw new ActionError(STATE_MESSAGES.withdrawn, undefined, 409);

  const mismatch = emailMismatch(invitation, user.email);
  if (mismatch) throw new ActionError(mismatch, undefined, 403);
  if (needsConfirmedEmail(invitation) && !invitation.emailConfirmed) throw new ActionError(CONFIRM_EMAIL_FIRST, undefined, 403);
  if (invitation.require2fa && !user.totpEnabled) {
    throw new ActionError("This invitation requires two-factor sign-in. Turn it on for your account, then join.", undefined, 403);
  }
  if (invitation.accessEndsAt && accessEnded(invitation)) {
    throw new ActionError(`The access this invitation offered ${accessEndText(invitation.accessEndsAt)}. Ask a team admin for a new invitation.`, undefined, 409);
  }
  const heldByThisInvite = invitation.email ? 1 : 0;
  if ((await seatsInUse(tx, invitation.teamId)) - heldByThisInvite + 1 > invitation.team.seatLimit) {
    throw new ActionError(`${invitation.team.name} has no free seats. Ask a team admin to free one or raise the limit.`, undefined, 409);
  }

  const membership = await tx.membership.create({
    data: { teamId: invitation.teamId, userId: user.id, role: invitation.role, customRoleId: invitation.customRoleId, accessEndsAt: invitation.accessEndsAt },
    select: { id: true },
  });
  await tx.invitation.update({
    where: { id: invitation.id },
    data: invitation.email ? { status: "accepted", acceptedAt: new Date(), uses: { increment: 1 } } : { uses: { increment: 1 } },
  });
  await audit(tx, {
    teamId: invitation.teamId,
    actor,
    action: "invite.accepted",
    target: { type: "member", id: membership.id, label: user.email },
    metadata: {
      invitationId: invitation.id,
      role: resolveRole(invitation).name,
      via: invitation.email ? "email" : invitation.listed ? "listed link" : "link",
      ...(invitation.accessEndsAt && { lastDay: lastDayOf(invitation.accessEndsAt) }),
    },
    request,
  });
  return { slug: invitation.team.slug };
}
