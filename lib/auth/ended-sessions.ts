import type { Tx } from "@/lib/db/client";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * Ends one session: its token, still signed and unexpired, is refused from now on (sessionUser).
 * Sessions are named by the `jti` Auth.js gives each token, which stays the token's for its whole
 * life because nothing re-issues a token in place (lib/auth/route-handlers.ts). Entries past
 * the end their token would have had anyway are swept here.
 */
export async function endSession(tx: Tx, sessionId: string): Promise<void> {
  const now = new Date();
  await tx.endedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await tx.endedSession.upsert({
    where: { id: sessionId },
    create: { id: sessionId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    update: {},
  });
}
