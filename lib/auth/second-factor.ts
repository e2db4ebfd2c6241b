import { createHash, randomInt } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { openSecret } from "./secret-box";
import { matchingTotpStep, totpStepExpiry } from "./totp";

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

// Used TOTP steps are kept as VerificationToken rows (identifier "totp-used:<userId>") until the
// code could no longer be accepted anyway, so a code works once and an older one never after it.
const usedStepsOf = (userId: string) => `totp-used:${userId}`;

export type SecondFactor = "totp" | "recovery_code";

/** Ten fresh recovery codes: the plain codes to show once, and the hashes to store. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.toLowerCase().replace(/[^a-z0-9]/g, "")).digest("hex");
}

/** Locks the user's row: concurrent attempts with the same code are decided one at a time. */
async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
}

/** A secret that no longer opens (AUTH_SECRET was changed) accepts no code; recovery codes still work. */
function readableSecret(storedSecret: string, userId: string): string | null {
  try {
    return openSecret(storedSecret, userId);
  } catch {
    console.error(`[roster] the two-factor secret of user ${userId} cannot be decrypted: was AUTH_SECRET changed? The user can sign in with a recovery code and enrol again.`);
    return null;
  }
}

/** Accepts a TOTP code once: refuses a code of a step at or before the last one used. `storedSecret` is the User row's (sealed) one. */
export async function consumeTotpCode(tx: Tx, userId: string, storedSecret: string, code: string, now = Date.now()): Promise<boolean> {
  const secret = readableSecret(storedSecret, userId);
  if (secret === null) return false;
  const step = matchingTotpStep(secret, code.replace(/\s/g, ""), now);
  if (step === null) return false;
  await lockUser(tx, userId);
  const identifier = usedStepsOf(userId);
  await tx.verificationToken.deleteMany({ where: { identifier, expires: { lt: new Date(now) } } });
  const used = await tx.verificationToken.findMany({ where: { identifier }, select: { token: true } });
  if (used.some((row) => Number(row.token) >= step)) return false;
  await tx.verificationToken.create({ data: { identifier, token: String(step), expires: totpStepExpiry(step) } });
  return true;
}

/** How many of the user's recovery codes are still unused. */
export async function unusedRecoveryCodeCount(db: Db, userId: string): Promise<number> {
  return (await db.user.findUnique({ where: { id: userId }, select: { recoveryCodes: true } }))?.recoveryCodes.length ?? 0;
}

/** Accepts a recovery code once: its hash is removed from the user's list. */
export async function consumeRecoveryCode(tx: Tx, userId: string, code: string): Promise<boolean> {
  await lockUser(tx, userId);
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { recoveryCodes: true } });
  const hash = hashRecoveryCode(code);
  if (!user.recoveryCodes.includes(hash)) return false;
  await tx.user.update({ where: { id: userId }, data: { recoveryCodes: user.recoveryCodes.filter((h) => h !== hash) } });
  return true;
}

/** A 6-digit code is checked as TOTP, anything else as a recovery code. */
export async function consumeSecondFactor(tx: Tx, user: { id: string; totpSecret: string | null }, code: string, now = Date.now()): Promise<SecondFactor | null> {
  const trimmed = code.trim();
  if (/^\d{3}\s?\d{3}$/.test(trimmed)) {
    return user.totpSecret && (await consumeTotpCode(tx, user.id, user.totpSecret, trimmed, now)) ? "totp" : null;
  }
  return trimmed && (await consumeRecoveryCode(tx, user.id, trimmed)) ? "recovery_code" : null;
}

/** Forgets the replay records when 2FA is turned off. */
export async function forgetUsedTotpSteps(tx: Tx, userId: string): Promise<void> {
  await tx.verificationToken.deleteMany({ where: { identifier: usedStepsOf(userId) } });
}
