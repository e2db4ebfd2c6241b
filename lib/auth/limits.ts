import { RetryLaterError } from "@/lib/actions/result";
import type { RequestContext } from "@/lib/audit/record";
import { rateLimit, tooManyAttempts, type RateLimitOptions } from "@/lib/rate-limit";

/** Limits of the sign-in paths. Sign-in counts failures only (attempts are refunded on success). */
export const LIMITS = {
  /** Failures at an address from browsers that have not signed in to it before. */
  signInPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  /** Failures from one browser that has (lib/auth/device-cookie.ts). */
  signInPerDevice: { limit: 10, windowSeconds: 15 * 60 },
  signInPerIp: { limit: 50, windowSeconds: 15 * 60 },
  signUpPerIp: { limit: 30, windowSeconds: 10 * 60 },
  magicLinkPerEmail: { limit: 5, windowSeconds: 15 * 60 },
  magicLinkPerIp: { limit: 20, windowSeconds: 15 * 60 },
  passwordCheckPerUser: { limit: 10, windowSeconds: 15 * 60 },
  emailConfirmationPerUser: { limit: 5, windowSeconds: 60 * 60 },
  passwordResetPerEmail: { limit: 5, windowSeconds: 60 * 60 },
  passwordResetPerIp: { limit: 20, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitOptions>;

export function ipKey(request: RequestContext): string {
  return request.ip ?? "unknown";
}

/**
 * A request that mails a link (sign-in, password reset) is limited per address and per client;
 * the refusal names the longer wait. Null when the request may go ahead.
 */
export async function limitMailedLink(kind: "magic-link" | "password-reset", email: string, request: RequestContext): Promise<string | null> {
  const [perEmail, perIp] = kind === "magic-link" ? [LIMITS.magicLinkPerEmail, LIMITS.magicLinkPerIp] : [LIMITS.passwordResetPerEmail, LIMITS.passwordResetPerIp];
  const limits = await Promise.all([rateLimit(`${kind}:email:${email}`, perEmail), rateLimit(`${kind}:ip:${ipKey(request)}`, perIp)]);
  const refused = limits.filter((l) => !l.ok);
  return refused.length ? tooManyAttempts({ resetSeconds: Math.max(...refused.map((l) => l.resetSeconds)) }) : null;
}

/** Checks of the current password (and second factor) by a signed-in user: a stolen session must not become a way to guess them. */
export async function limitPasswordChecks(userId: string): Promise<void> {
  const limit = await rateLimit(`password-check:user:${userId}`, LIMITS.passwordCheckPerUser);
  if (!limit.ok) throw new RetryLaterError(tooManyAttempts(limit), limit.resetSeconds);
}
