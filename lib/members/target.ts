import { ActionError } from "@/lib/actions/result";
import type { Tx } from "@/lib/db/client";

/** A membership of the actor's team, locked for the rest of the transaction. */
export async function lockedMembership(tx: Tx, teamId: string, membershipId: string) {
  await tx.$queryRaw`SELECT id FROM "Membership" WHERE id = ${membershipId} FOR UPDATE`;
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, teamId },
    select: { id: true, role: true, customRoleId: true, userId: true, accessEndsAt: true, customRole: { select: { name: true, permissions: true } }, user: { select: { name: true, email: true } } },
  });
  if (!membership) throw new ActionError("That member is no longer in this team.", undefined, 404);
  return membership;
}
