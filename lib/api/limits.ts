import { rateLimit, type RateLimitResult } from "@/lib/rate-limit";

const WINDOW_SECONDS = 60;

/** Requests per minute, per key and per client IP; read on every call so operators (and tests) can tune them. */
export function apiLimits() {
  return {
    perKey: Number(process.env.API_RATE_LIMIT_PER_KEY) || 600,
    perIp: Number(process.env.API_RATE_LIMIT_PER_IP) || 1200,
    windowSeconds: Number(process.env.API_RATE_LIMIT_WINDOW_SECONDS) || WINDOW_SECONDS,
  };
}

// The limit is part of the counter's name, so a changed setting starts with fresh windows.
export function limitIp(ip: string | null): Promise<RateLimitResult> {
  const { perIp, windowSeconds } = apiLimits();
  return rateLimit(`api:ip:${perIp}/${windowSeconds}:${ip ?? "unknown"}`, { limit: perIp, windowSeconds });
}

export function limitKey(keyId: string): Promise<RateLimitResult> {
  const { perKey, windowSeconds } = apiLimits();
  return rateLimit(`api:key:${perKey}/${windowSeconds}:${keyId}`, { limit: perKey, windowSeconds });
}

/** The limit closest to refusing, whose numbers the response headers report. */
export function tightest(a: RateLimitResult, b: RateLimitResult): RateLimitResult {
  if (a.ok !== b.ok) return a.ok ? b : a;
  return a.remaining <= b.remaining ? a : b;
}
