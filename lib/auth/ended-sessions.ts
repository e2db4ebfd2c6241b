import type { Tx } from "@/lib/db/client";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Ends one session: its token, still signed and unexpired, is refused from now on (sessionUser),
 * and it leaves the account page's list. Sessions are named by the `sid` claim given at sign-in
 * (lib/auth/config.ts; tokens issued before it existed by their `jti`), which stays the token's for
 * its whole life: nothing re-issues a token on a read (lib/auth/route-handlers.ts), and a password
 * change that does keeps it. Entries past the end their token would have had anyway are swept here.
 */
export async function endSession(tx: Tx, sessionId: string): Promise<void> {
  const now = new Date();
  await tx.endedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await tx.endedSession.upsert({
    where: { id: sessionId },
    create: { id: sessionId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    update: {},
  });
  await tx.userSession.deleteMany({ where: { id: sessionId } });
}
