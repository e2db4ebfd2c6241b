import type { Tx } from "@/lib/db/client";

/** Seats in use: joined members plus email invitations that are pending and not expired. */
export async function seatsInUse(tx: Tx, teamId: string, now = new Date()): Promise<number> {
  const [{ seats }] = await tx.$queryRaw<{ seats: bigint }[]>`
    SELECT (SELECT count(*) FROM "Membership" WHERE "teamId" = ${teamId})
         + (SELECT count(*) FROM "Invitation" WHERE "teamId" = ${teamId} AND status = 'pending' AND email IS NOT NULL
              AND ("expiresAt" IS NULL OR "expiresAt" > ${now})) AS seats`;
  return Number(seats);
}
