import type { RequestContext } from "@/lib/audit/record";
import type { RateLimitOptions } from "@/lib/rate-limit";

/** Limits of the sign-in paths. Sign-in counts failures only (attempts are refunded on success). */
export const LIMITS = {
  signInPerEmail: { limit: 10, windowSeconds: 15 * 60 },
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
