import { withNotices } from "@/lib/actions/notices";
import { audit, type RequestContext } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { rateLimit, refundRateLimit } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { trustedDeviceId } from "./device-cookie";
import { ipKey, LIMITS } from "./limits";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { consumeSecondFactor } from "./second-factor";
import { securityNotice } from "./security-notice";

export type AuthenticatedUser = { id: string; sessionVersion: number };
export type SignInOutcome =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid_credentials" | "code_required" | "invalid_code" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks email + password, then the second factor when the user has 2FA on, and records the
 * attempt. Failures count against a per-IP limit and either the browser's own limit, when it
 * brings a device cookie from an earlier sign-in to this address, or else the limit shared by
 * every other browser: strangers who use that one up cannot lock the owner out of the browsers
 * they use. A missing account fails exactly like a wrong password. The code is asked for only
 * after a correct password. A sign-in from a browser new to the account is mailed to it.
 */
export async function authenticate(db: Db, raw: unknown, request: RequestContext, deviceCookie: string | null = null): Promise<SignInOutcome> {
  const parsed = parseInput(signInSchema, raw);
  if (!parsed.success) return { ok: false, reason: "invalid_credentials" };
  const { email, password, code } = parsed.data;

  const deviceId = trustedDeviceId(deviceCookie, email);
  const [byClient, clientLimit] = deviceId ? [`sign-in:device:${deviceId}`, LIMITS.signInPerDevice] : [`sign-in:email:${email}`, LIMITS.signInPerEmail];
  const keys = [byClient, `sign-in:ip:${ipKey(request)}`];
  const limits = await Promise.all([rateLimit(keys[0]!, clientLimit), rateLimit(keys[1]!, LIMITS.signInPerIp)]);
  const refused = limits.filter((l) => !l.ok);
  if (refused.length) return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.max(...refused.map((l) => l.resetSeconds)) };
  const succeeded = () => Promise.all(keys.map((key) => refundRateLimit(key)));

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true, totpEnabled: true, totpSecret: true },
  });
  const valid = (await verifyPassword(user?.passwordHash, password)) && user !== null;
  if (valid && user.totpEnabled && !code) {
    await succeeded();
    return { ok: false, reason: "code_required" };
  }
  const actor = { type: "user" as const, id: user?.id ?? null, name: user?.name ?? email };
  if (!valid) {
    await db.$transaction((tx) => audit(tx, { teamId: null, actor, action: "auth.sign_in_failed", metadata: { method: "password", email }, request }));
    return { ok: false, reason: "invalid_credentials" };
  }
  const signedIn = await withNotices(db, async (tx, notify) => {
    const factor = user.totpEnabled ? await consumeSecondFactor(tx, user, code ?? "") : null;
    const method = !user.totpEnabled ? "password" : factor === "totp" ? "password+totp" : "password+recovery_code";
    if (user.totpEnabled && !factor) {
      await audit(tx, { teamId: null, actor, action: "auth.sign_in_failed", metadata: { method: "password+totp", email }, request });
      return false;
    }
    if (factor === "recovery_code") {
      const { recoveryCodes } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { recoveryCodes: true } });
      await audit(tx, { teamId: null, actor, action: "auth.recovery_code_used", metadata: { remaining: recoveryCodes.length }, request });
    }
    // A browser that never signed in to the account: its owner hears of it (not on the sign-in that follows sign-up).
    if (!deviceId && (await hasSignedInBefore(tx, user.id))) await notify(securityNotice(user, "new_sign_in", request));
    await audit(tx, { teamId: null, actor, action: "auth.sign_in", metadata: { method, email }, request });
    return true;
  });
  if (!signedIn) return { ok: false, reason: "invalid_code" };
  await succeeded();
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}

async function hasSignedInBefore(tx: Tx, userId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "AuditEvent" WHERE "actorId" = ${userId} AND action = 'auth.sign_in' LIMIT 1`;
  return rows.length > 0;
}
