import type { Db, Tx } from "@/lib/db/client";
import { senderMayInviteSql } from "./standing-sql";

/**
 * Seats in use: joined members plus email invitations that are pending, not expired and not
 * withdrawn (whose sender can no longer invite with their role: they admit no one until resent).
 */
export async function seatsInUse(tx: Db | Tx, teamId: string, now = new Date()): Promise<number> {
  const [{ seats }] = await tx.$queryRaw<{ seats: bigint }[]>`
    SELECT (SELECT count(*) FROM "Membership" WHERE "teamId" = ${teamId})
         + (SELECT count(*) FROM "Invitation" i WHERE i."teamId" = ${teamId} AND i.status = 'pending' AND i.email IS NOT NULL
              AND (i."expiresAt" IS NULL OR i."expiresAt" > ${now}) AND ${senderMayInviteSql(teamId)}) AS seats`;
  return Number(seats);
}
