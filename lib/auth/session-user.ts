import type { Session } from "next-auth";
import type { Db } from "@/lib/db/client";

export type CurrentUser = { id: string; email: string; name: string; totpEnabled: boolean };

/** The user behind a session token, or null when the token's session version is no longer the
 *  user's (sign out everywhere, password change) or the user is gone. */
export async function sessionUser(db: Db, session: Pick<Session, "user" | "sessionVersion"> | null): Promise<CurrentUser | null> {
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, totpEnabled: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, totpEnabled: user.totpEnabled };
}
