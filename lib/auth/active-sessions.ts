import { randomUUID } from "node:crypto";
import type { RequestContext } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { SESSION_MAX_AGE_SECONDS } from "./ended-sessions";

export type ActiveSession = { id: string; createdAt: Date; lastActiveAt: Date; ip: string | null; userAgent: string | null };

/** The account page lists this many, most recently active first. */
export const LISTED_SESSIONS = 50;

/**
 * Records a sign-in (every method ends in the jwt callback, lib/auth/config.ts) and names its session.
 * Rows past their token's expiry and the user's rows of an older session version (signed out
 * everywhere, password changed) are swept here, as endSession sweeps EndedSession.
 */
export async function startSession(db: Db, userId: string, request: RequestContext): Promise<{ id: string; sessionVersion: number }> {
  const id = randomUUID();
  return db.$transaction(async (tx) => {
    const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
    const now = new Date();
    await tx.userSession.deleteMany({ where: { OR: [{ expiresAt: { lt: now } }, { userId, sessionVersion: { not: sessionVersion } }] } });
    await tx.userSession.create({
      data: { id, userId, sessionVersion, createdAt: now, lastActiveAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000), ...request },
    });
    return { id, sessionVersion };
  });
}

/** The user's sessions whose tokens are still accepted: not signed out, not expired, of the current session version. */
export async function activeSessionsOf(db: Db, userId: string): Promise<ActiveSession[]> {
  return db.$queryRaw<ActiveSession[]>`
    SELECT s.id, s."createdAt", s."lastActiveAt", s.ip, s."userAgent"
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId" AND u."sessionVersion" = s."sessionVersion"
    WHERE s."userId" = ${userId} AND s."expiresAt" > ${new Date()} AND NOT EXISTS (SELECT 1 FROM "EndedSession" e WHERE e.id = s.id)
    ORDER BY s."lastActiveAt" DESC, s.id
    LIMIT ${LISTED_SESSIONS + 1}`;
}

/** After a session version bump that keeps this session (its token is re-issued with the new
 *  version): its row follows the version, the user's other rows go. */
export async function keepOnlySession(tx: Tx, userId: string, sessionId: string | null, sessionVersion: number): Promise<void> {
  await tx.userSession.deleteMany({ where: { userId, ...(sessionId ? { id: { not: sessionId } } : {}) } });
  if (sessionId) await tx.userSession.updateMany({ where: { id: sessionId, userId }, data: { sessionVersion } });
}
