import type { Session } from "next-auth";
import type { Db } from "@/lib/db/client";

export type CurrentUser = { id: string; email: string; name: string; totpEnabled: boolean };

/** The user behind a session token, or null when the session was signed out, the token's session
 *  version is no longer the user's (sign out everywhere, password change) or the user is gone. */
export async function sessionUser(db: Db, session: Pick<Session, "user" | "sessionVersion" | "sessionId"> | null): Promise<CurrentUser | null> {
  const id = session?.user?.id;
  if (!id || !session.sessionId) return null;
  // Read on every request: one plain statement, without Prisma's per-call query compilation.
  const [user] = await db.$queryRaw<(CurrentUser & { sessionVersion: number; ended: boolean })[]>`
    SELECT id, email, name, "totpEnabled", "sessionVersion", EXISTS (SELECT 1 FROM "EndedSession" WHERE id = ${session.sessionId}) AS ended
    FROM "User" WHERE id = ${id}`;
  if (!user || user.ended || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, totpEnabled: user.totpEnabled };
}
