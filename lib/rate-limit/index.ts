import { defaultStore, type RateLimitStore } from "./store";

/**
 * Fixed-window rate limits, shared by every instance when REDIS_URL is set (in-process otherwise).
 *
 *   const limit = await rateLimit(`invite:team:${teamId}`, { limit: 20, windowSeconds: 3600 });
 *   if (!limit.ok) return { ok: false, error: tooManyAttempts(limit) };          // server action
 *   return Response.json(body, { status: 429, headers: rateLimitHeaders(limit) }); // route handler
 *
 * Every call counts one hit against `key` (atomically) and says whether it is within the limit.
 * Name keys `<what>:<by what>:<value>`, e.g. `sign-in:ip:203.0.113.7`. `refundRateLimit(key)` takes
 * one hit back, for limits that should count failures only (count first, refund on success, so
 * concurrent attempts cannot slip past the limit).
 */
export type RateLimitOptions = { limit: number; windowSeconds: number };
export type RateLimitResult = { ok: boolean; limit: number; remaining: number; resetSeconds: number };

export async function rateLimit(key: string, options: RateLimitOptions, store: RateLimitStore = defaultStore()): Promise<RateLimitResult> {
  const { count, ttlSeconds } = await store.hit(key, options.windowSeconds);
  return { ok: count <= options.limit, limit: options.limit, remaining: Math.max(0, options.limit - count), resetSeconds: ttlSeconds };
}

export async function refundRateLimit(key: string, store: RateLimitStore = defaultStore()): Promise<void> {
  await store.refund(key);
}

/** The message shown next to a form that hit a limit. */
export function tooManyAttempts(result: Pick<RateLimitResult, "resetSeconds">): string {
  return `Too many attempts. Try again in ${waitText(result.resetSeconds)}.`;
}

/** "42 seconds", "1 minute", "15 minutes": waits of a minute or more in whole minutes, rounded up. */
export function waitText(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? "1 second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

/** Standard headers (IETF draft RateLimit fields, plus Retry-After when refused) for API responses. */
export function rateLimitHeaders(result: RateLimitResult): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(result.limit),
    "RateLimit-Remaining": String(result.remaining),
    "RateLimit-Reset": String(result.resetSeconds),
  };
  if (!result.ok) headers["Retry-After"] = String(result.resetSeconds);
  return headers;
}
