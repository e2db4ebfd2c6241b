import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashToken, newToken } from "@/lib/invites/token";

/**
 * Single-use links mailed to a user for one purpose (confirming their address, resetting their
 * password). Stored as SHA-256 in Auth.js's VerificationToken table under "<purpose>:<userId>";
 * a user has at most one live link per purpose: asking again replaces it.
 */
export type EmailTokenPurpose = "confirm-email" | "reset-password";

export async function issueEmailToken(tx: Tx, purpose: EmailTokenPurpose, userId: string, lifetimeMs: number): Promise<string> {
  const { token, hash } = newToken();
  const identifier = `${purpose}:${userId}`;
  await tx.verificationToken.deleteMany({ where: { identifier } });
  await tx.verificationToken.create({ data: { identifier, token: hash, expires: new Date(Date.now() + lifetimeMs) } });
  return token;
}

const plausible = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

/** The user a live link belongs to, without using it up (for a page that shows a form first). */
export async function emailTokenUser(client: Db | Tx, purpose: EmailTokenPurpose, token: string): Promise<string | null> {
  if (!plausible(token)) return null;
  const row = await client.verificationToken.findFirst({ where: { token: hashToken(token), identifier: { startsWith: `${purpose}:` }, expires: { gt: new Date() } } });
  return row ? row.identifier.slice(purpose.length + 1) : null;
}

/**
 * Uses a link up and returns its user; null for an unknown, used or expired link. With `userId`,
 * only that user's link is used up: anyone else's stays as it was.
 */
export async function consumeEmailToken(tx: Tx, purpose: EmailTokenPurpose, token: string, userId?: string): Promise<string | null> {
  if (!plausible(token)) return null;
  const owner = userId ? Prisma.sql`identifier = ${`${purpose}:${userId}`}` : Prisma.sql`starts_with(identifier, ${`${purpose}:`})`;
  const [row] = await tx.$queryRaw<{ identifier: string; expires: Date }[]>`
    DELETE FROM "VerificationToken" WHERE token = ${hashToken(token)} AND ${owner} RETURNING identifier, expires`;
  return row && row.expires > new Date() ? row.identifier.slice(purpose.length + 1) : null;
}
