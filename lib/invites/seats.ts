import type { Db, Tx } from "@/lib/db/client";
import { countOf } from "@/lib/text/count";
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

/**
 * For a refusal for want of seats: the members whose access has ended keep theirs until someone
 * removes them, which an admin out of seats may not think of. Empty when there are none.
 */
export async function endedSeatsHint(tx: Db | Tx, teamId: string, now = new Date()): Promise<string> {
  const ended = await tx.membership.count({ where: { teamId, accessEndsAt: { lte: now } } });
  if (ended === 0) return "";
  return ended === 1 ? "1 member whose access has ended still holds a seat: remove them to free it" : `${countOf(ended, "member")} whose access has ended still hold seats: remove them to free theirs`;
}
