import type { Session } from "next-auth";
import type { Db } from "@/lib/db/client";

export type CurrentUser = { id: string; email: string; name: string; totpEnabled: boolean };

/** How stale a session's "last active" may get. */
export const LAST_ACTIVE_STEP_MS = 5 * 60_000;

/** The user behind a session token, or null when the session was signed out, the token's session
 *  version is no longer the user's (sign out everywhere, password change) or the user is gone. */
export async function sessionUser(db: Db, session: Pick<Session, "user" | "sessionVersion" | "sessionId"> | null): Promise<CurrentUser | null> {
  const id = session?.user?.id;
  if (!id || !session.sessionId) return null;
  // Read on every request: one plain statement, without Prisma's per-call query compilation.
  // It also moves the session's "last active" forward, in the same round trip rather than a
  // write of its own or one left running after the response: the UPDATE in the WITH runs even
  // though nothing reads it, and matches no row (an index probe, no write) unless the time is
  // more than 5 minutes old, so a session writes at most once per 5 minutes of use. A token that
  // is no longer valid may touch its row; that row is hidden from the list anyway.
  const now = new Date();
  const [user] = await db.$queryRaw<(CurrentUser & { sessionVersion: number; ended: boolean })[]>`
    WITH touched AS (
      UPDATE "UserSession" SET "lastActiveAt" = ${now}
      WHERE id = ${session.sessionId} AND "userId" = ${id} AND "lastActiveAt" < ${new Date(now.getTime() - LAST_ACTIVE_STEP_MS)}
    )
    SELECT id, email, name, "totpEnabled", "sessionVersion", EXISTS (SELECT 1 FROM "EndedSession" WHERE id = ${session.sessionId}) AS ended
    FROM "User" WHERE id = ${id}`;
  if (!user || user.ended || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, totpEnabled: user.totpEnabled };
}
