import type { Tx } from "@/lib/db/client";

/** Seats in use: joined members plus email invitations that are pending and not expired. */
export async function seatsInUse(tx: Tx, teamId: string, now = new Date()): Promise<number> {
  const [members, pending] = await Promise.all([
    tx.membership.count({ where: { teamId } }),
    tx.invitation.count({ where: { teamId, status: "pending", email: { not: null }, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } }),
  ]);
  return members + pending;
}
