import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import type { UserActionContext } from "@/lib/actions/user-action";
import { appUrl } from "@/lib/app-url";
import { audit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { sendEmail } from "@/lib/email/send";
import { AcceptOwnershipEmail, ConfirmTransferEmail } from "@/lib/email/templates/transfer";
import { hashToken, newToken } from "@/lib/invites/token";
import { can, isOwner, lacksRequiredTwoFactor, TWO_FACTOR_REQUIRED_MESSAGE } from "@/lib/permissions";
import { lockTeam } from "@/lib/teams/lock";
import { accessEnded } from "@/lib/members/access-end";
import type { z } from "zod";
import type { cancelTransferSchema, startTransferSchema, transferTokenSchema } from "./schemas";

/** Steps: awaiting_owner (owner confirms by email) -> awaiting_recipient (recipient accepts, or declines) -> completed. */
export type TransferStatus = "awaiting_owner" | "awaiting_recipient" | "completed" | "cancelled" | "declined";
const TRANSFER_TTL_MS = 48 * 3_600_000;
const OPEN: TransferStatus[] = ["awaiting_owner", "awaiting_recipient"];
const RECIPIENT_ACCESS_ENDED = "Their access to the team has ended. Extend it before you make them the Owner.";

export async function startTransfer({ input, member, actor, request, tx, user }: TeamActionContext<z.output<typeof startTransferSchema>>) {
  await lockTeam(tx, member.team.id);
  const recipient = await tx.membership.findFirst({
    where: { id: input.membershipId, teamId: member.team.id },
    select: { userId: true, accessEndsAt: true, user: { select: { name: true, email: true } } },
  });
  if (!recipient) throw new ActionError("That member is no longer in this team.", { membershipId: "Pick a current member" }, 404);
  if (accessEnded(recipient)) throw new ActionError(RECIPIENT_ACCESS_ENDED, { membershipId: "Pick a member whose access is current" }, 409);
  if (recipient.userId === user.id) throw new ActionError("You already own this team.", { membershipId: "Pick someone other than yourself" }, 422);
  await tx.ownershipTransfer.updateMany({ where: { teamId: member.team.id, status: { in: OPEN } }, data: { status: "cancelled" } });
  const { token, hash } = newToken();
  const transfer = await tx.ownershipTransfer.create({
    data: { teamId: member.team.id, fromUserId: user.id, toUserId: recipient.userId, status: "awaiting_owner", ownerTokenHash: hash, expiresAt: new Date(Date.now() + TRANSFER_TTL_MS) },
    select: { id: true },
  });
  await sendEmail(tx, {
    to: user.email,
    subject: `Confirm the transfer of ${member.team.name} to ${recipient.user.name}`,
    react: ConfirmTransferEmail({ teamName: member.team.name, recipientName: recipient.user.name, url: appUrl(`/transfer/${token}`) }),
  });
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "ownership.transfer_requested",
    target: { type: "transfer", id: transfer.id, label: recipient.user.email },
    request,
  });
  return { transferId: transfer.id };
}

export async function cancelTransfer({ input, member, actor, request, tx, user }: TeamActionContext<z.output<typeof cancelTransferSchema>>) {
  const transfer = await tx.ownershipTransfer.findFirst({ where: { id: input.transferId, teamId: member.team.id, status: { in: OPEN } } });
  if (!transfer) throw new ActionError("There is no pending transfer to cancel.", undefined, 404);
  if (transfer.fromUserId !== user.id && transfer.toUserId !== user.id && !can(member, "team.transfer")) {
    throw new ActionError("Only the Owner or the recipient can cancel this transfer.", undefined, 403);
  }
  await endTransfer({ actor, request, tx }, transfer);
  return null;
}

/** Cancels an open transfer and records it in its team's log. Call after lockTeam. */
export async function endTransfer(
  { actor, request, tx }: Pick<TeamActionContext<unknown>, "actor" | "request" | "tx">,
  transfer: { id: string; teamId: string },
  metadata?: { accountDeleted: true },
): Promise<void> {
  await tx.ownershipTransfer.update({ where: { id: transfer.id }, data: { status: "cancelled" } });
  await audit(tx, { teamId: transfer.teamId, actor, action: "ownership.transfer_cancelled", target: { type: "transfer", id: transfer.id }, metadata, request });
}

/** The user's open transfers, from them or to them, in any team. */
export function openTransfersOf(tx: Tx, userId: string) {
  return tx.ownershipTransfer.findMany({
    where: { status: { in: OPEN }, OR: [{ fromUserId: userId }, { toUserId: userId }] },
    select: { id: true, teamId: true },
    orderBy: { createdAt: "asc" },
  });
}

type TransferView = {
  id: string;
  step: "confirm" | "accept";
  status: string;
  expired: boolean;
  teamName: string;
  teamSlug: string;
  teamRequires2fa: boolean;
  fromUserId: string;
  toUserId: string;
  fromName: string;
  toName: string;
};

/** What /transfer/[token] shows: which step the token is for, and for whom. */
export async function describeTransfer(db: Db, token: string): Promise<TransferView | null> {
  const hash = hashToken(token);
  const transfer = await db.ownershipTransfer.findFirst({
    where: { OR: [{ ownerTokenHash: hash }, { recipientTokenHash: hash }] },
    include: { team: { select: { name: true, slug: true, require2fa: true } } },
  });
  if (!transfer) return null;
  const users = await db.user.findMany({ where: { id: { in: [transfer.fromUserId, transfer.toUserId] } }, select: { id: true, name: true } });
  const nameOf = (id: string) => users.find((u) => u.id === id)?.name ?? "A former member";
  return {
    id: transfer.id,
    step: transfer.ownerTokenHash === hash ? "confirm" : "accept",
    status: transfer.status,
    expired: transfer.expiresAt <= new Date(),
    teamName: transfer.team.name,
    teamSlug: transfer.team.slug,
    teamRequires2fa: transfer.team.require2fa,
    fromUserId: transfer.fromUserId,
    toUserId: transfer.toUserId,
    fromName: nameOf(transfer.fromUserId),
    toName: nameOf(transfer.toUserId),
  };
}

async function openTransfer(tx: Tx, token: string, step: "confirm" | "accept") {
  const hash = hashToken(token);
  const transfer = await tx.ownershipTransfer.findFirst({
    where: step === "confirm" ? { ownerTokenHash: hash } : { recipientTokenHash: hash },
    include: { team: { select: { id: true, name: true, slug: true, require2fa: true } } },
  });
  if (!transfer) throw new ActionError("This transfer link is not valid.", undefined, 404);
  await lockTeam(tx, transfer.teamId);
  const current = await tx.ownershipTransfer.findUniqueOrThrow({ where: { id: transfer.id } });
  const expected: TransferStatus = step === "confirm" ? "awaiting_owner" : "awaiting_recipient";
  if (current.status !== expected) throw new ActionError("This transfer is no longer pending.", undefined, 409);
  if (current.expiresAt <= new Date()) throw new ActionError("This transfer request has expired. Start a new one.", undefined, 409);
  return { ...current, team: transfer.team };
}

/** Step 2: the Owner confirms from the emailed link; the recipient is then asked. */
export async function confirmTransfer({ input, user, actor, request, tx }: UserActionContext<z.output<typeof transferTokenSchema>>) {
  const transfer = await openTransfer(tx, input.token, "confirm");
  if (transfer.fromUserId !== user.id) throw new ActionError("Only the Owner who started this transfer can confirm it.", undefined, 403);
  if (lacksRequiredTwoFactor(transfer, user)) throw new ActionError(TWO_FACTOR_REQUIRED_MESSAGE, undefined, 403);
  const recipient = await tx.membership.findUnique({
    where: { teamId_userId: { teamId: transfer.teamId, userId: transfer.toUserId } },
    select: { accessEndsAt: true, user: { select: { email: true } } },
  });
  if (!recipient) throw new ActionError("The recipient is no longer a member of the team.", undefined, 409);
  if (accessEnded(recipient)) throw new ActionError(RECIPIENT_ACCESS_ENDED, undefined, 409);
  const { token, hash } = newToken();
  await tx.ownershipTransfer.update({ where: { id: transfer.id }, data: { status: "awaiting_recipient", recipientTokenHash: hash } });
  await sendEmail(tx, {
    to: recipient.user.email,
    subject: `${user.name} wants to make you the Owner of ${transfer.team.name}`,
    react: AcceptOwnershipEmail({ teamName: transfer.team.name, ownerName: user.name, url: appUrl(`/transfer/${token}`) }),
  });
  await audit(tx, { teamId: transfer.teamId, actor, action: "ownership.transfer_confirmed", target: { type: "transfer", id: transfer.id, label: recipient.user.email }, request });
  return { slug: transfer.team.slug };
}

/** Step 3: the recipient accepts; only now do the roles switch (the old Owner becomes Admin). */
export async function acceptTransfer({ input, user, actor, request, tx }: UserActionContext<z.output<typeof transferTokenSchema>>) {
  const transfer = await openTransfer(tx, input.token, "accept");
  if (transfer.toUserId !== user.id) throw new ActionError("This transfer is addressed to another member.", undefined, 403);
  if (lacksRequiredTwoFactor(transfer, user)) throw new ActionError(TWO_FACTOR_REQUIRED_MESSAGE, undefined, 403);
  const [from, to] = await Promise.all([
    tx.membership.findUnique({ where: { teamId_userId: { teamId: transfer.teamId, userId: transfer.fromUserId } } }),
    tx.membership.findUnique({ where: { teamId_userId: { teamId: transfer.teamId, userId: transfer.toUserId } } }),
  ]);
  if (!to) throw new ActionError("You are no longer a member of this team.", undefined, 409);
  if (accessEnded(to)) throw new ActionError("Your access to this team has ended, so you cannot become its Owner. Ask the Owner to extend it.", undefined, 409);
  if (!from || !isOwner(from)) throw new ActionError("The member who started this transfer is no longer an Owner.", undefined, 409);
  await tx.membership.update({ where: { id: to.id }, data: { role: "owner", customRoleId: null, accessEndsAt: null } });
  await tx.membership.update({ where: { id: from.id }, data: { role: "admin", customRoleId: null } });
  await tx.ownershipTransfer.update({ where: { id: transfer.id }, data: { status: "completed" } });
  await audit(tx, {
    teamId: transfer.teamId,
    actor,
    action: "ownership.transferred",
    target: { type: "transfer", id: transfer.id, label: user.email },
    metadata: { before: { owner: transfer.fromUserId }, after: { owner: transfer.toUserId } },
    request,
  });
  return { slug: transfer.team.slug };
}

/**
 * The recipient says no: the transfer ends and nothing changes. Unlike accepting, declining needs no
 * two-factor sign-in in a team that requires it: it grants nothing, and the recipient must be able to refuse.
 */
export async function declineTransfer({ input, user, actor, request, tx }: UserActionContext<z.output<typeof transferTokenSchema>>) {
  const transfer = await openTransfer(tx, input.token, "accept");
  if (transfer.toUserId !== user.id) throw new ActionError("This transfer is addressed to another member.", undefined, 403);
  await tx.ownershipTransfer.update({ where: { id: transfer.id }, data: { status: "declined" satisfies TransferStatus } });
  await audit(tx, { teamId: transfer.teamId, actor, action: "ownership.transfer_declined", target: { type: "transfer", id: transfer.id, label: user.email }, request });
  return { slug: transfer.team.slug };
}
