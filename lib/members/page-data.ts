import type { Db, Tx } from "@/lib/db/client";
import { roleChoiceOf } from "@/lib/roles/choice";
import { inviterMayGrant, inviteState } from "@/lib/invites/accept";
import { accessCurrentWhere } from "./access-current";
import { accessEndText } from "./access-end";
import { isOwner, OWNER_ROLE, resolveRole } from "@/lib/permissions";

const STATE_LABEL = { active: "Active", expired: "Expired", used_up: "Used up", withdrawn: "Withdrawn (its creator can no longer grant this role)" } as const;
export type InviteLinkStatus = keyof typeof STATE_LABEL;

/** The team's shareable invite links that still exist (revoked ones are gone from the list), with who made each. */
export async function inviteLinksOf(db: Db | Tx, teamId: string) {
  const links = await db.invitation.findMany({
    where: { teamId, email: null, status: "pending" },
    orderBy: { createdAt: "desc" },
    include: { customRole: { select: { name: true, permissions: true } } },
  });
  if (links.length === 0) return [];
  const creators = await db.user.findMany({
    where: { id: { in: [...new Set(links.map((l) => l.inviterId))] } },
    select: { id: true, name: true, memberships: { where: { teamId, ...accessCurrentWhere() }, select: { role: true, customRole: { select: { name: true, permissions: true } } } } },
  });
  const creatorOf = (id: string) => creators.find((c) => c.id === id);
  return links.map((l) => {
    const creator = creatorOf(l.inviterId);
    const state = inviteState(l);
    // A pending link is valid, expired or used up; a valid one whose creator may no longer grant its role admits no one.
    const status: InviteLinkStatus = state === "expired" ? "expired" : state === "exhausted" ? "used_up" : inviterMayGrant(creator?.memberships[0] ?? null, l) ? "active" : "withdrawn";
    return {
      id: l.id,
      role: roleChoiceOf(l),
      roleName: resolveRole(l).name,
      createdBy: creator?.name ?? "A former member",
      createdAt: l.createdAt.toISOString(),
      uses: l.uses,
      maxUses: l.maxUses,
      expiresAt: l.expiresAt?.toISOString() ?? null,
      allowedDomains: l.allowedDomains,
      listed: l.listed,
      accessEndsAt: l.accessEndsAt?.toISOString() ?? null,
      accessUntil: l.accessEndsAt && `Access ${accessEndText(l.accessEndsAt)}`,
      status,
      state: STATE_LABEL[status],
      /** Regenerating gives a link a new URL and makes it the regenerator's, which revives a withdrawn one. */
      renewable: state === "valid",
    };
  });
}

export async function pendingTransferOf(db: Db, teamId: string) {
  const transfer = await db.ownershipTransfer.findFirst({ where: { teamId, status: { in: ["awaiting_owner", "awaiting_recipient"] } }, orderBy: { createdAt: "desc" } });
  if (!transfer) return null;
  const users = await db.user.findMany({ where: { id: { in: [transfer.fromUserId, transfer.toUserId] } }, select: { id: true, name: true } });
  const name = (id: string) => users.find((u) => u.id === id)?.name ?? "a former member";
  return { ...transfer, fromName: name(transfer.fromUserId), toName: name(transfer.toUserId) };
}

/** Whether this member is the team's only Owner, who cannot leave until someone else is one. */
export async function isLastOwner(db: Db, member: { role: string; team: { id: string } }): Promise<boolean> {
  return isOwner(member) && (await db.membership.count({ where: { teamId: member.team.id, role: OWNER_ROLE } })) === 1;
}
