import type { Db } from "@/lib/db/client";
import { inviteState } from "@/lib/invites/accept";
import { resolveRole } from "@/lib/permissions";

/** The team's shareable invite links that still exist (revoked ones are gone from the list). */
export async function inviteLinksOf(db: Db, teamId: string) {
  const links = await db.invitation.findMany({
    where: { teamId, email: null, status: "pending" },
    orderBy: { createdAt: "desc" },
    include: { customRole: { select: { name: true, permissions: true } } },
  });
  const STATE_LABEL = { valid: "Active", expired: "Expired", exhausted: "Used up" } as Record<string, string>;
  return links.map((l) => ({
    id: l.id,
    roleName: resolveRole(l).name,
    uses: l.uses,
    maxUses: l.maxUses,
    expiresAt: l.expiresAt?.toISOString() ?? null,
    allowedDomains: l.allowedDomains,
    state: STATE_LABEL[inviteState(l)] ?? "Inactive",
  }));
}

export async function pendingTransferOf(db: Db, teamId: string) {
  const transfer = await db.ownershipTransfer.findFirst({ where: { teamId, status: { in: ["awaiting_owner", "awaiting_recipient"] } }, orderBy: { createdAt: "desc" } });
  if (!transfer) return null;
  const users = await db.user.findMany({ where: { id: { in: [transfer.fromUserId, transfer.toUserId] } }, select: { id: true, name: true } });
  const name = (id: string) => users.find((u) => u.id === id)?.name ?? "a former member";
  return { ...transfer, fromName: name(transfer.fromUserId), toName: name(transfer.toUserId) };
}
