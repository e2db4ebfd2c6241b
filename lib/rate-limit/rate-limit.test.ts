import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { rateLimit, rateLimitHeaders, refundRateLimit, tooManyAttempts } from "./index";
import { memoryStore, redisStore, type RateLimitStore } from "./store";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const redis = redisStore(REDIS_URL, `roster-test:${randomUUID()}:`);
afterAll(() => redis.close());

const stores: [string, () => RateLimitStore][] = [
  ["in-process", memoryStore],
  ["redis", () => redis],
];

describe.each(stores)("rateLimit on the %s store", (_name, makeStore) => {
  it("counts hits up to the limit, then refuses with the seconds left", async () => {
    const store = makeStore();
    const key = `k-${randomUUID()}`;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await rateLimit(key, { limit: 3, windowSeconds: 60 }, store));
    expect(results.map((r) => [r.ok, r.remaining])).toEqual([[true, 2], [true, 1], [true, 0], [false, 0]]);
    expect(results[3]!.resetSeconds).toBeGreaterThan(55);
    expect(results[3]!.resetSeconds).toBeLessThanOrEqual(60);
  });

  it("keeps keys apart", async () => {
    const store = makeStore();
    const a = `a-${randomUUID()}`;
    await rateLimit(a, { limit: 1, windowSeconds: 60 }, store);
    expect((await rateLimit(a, { limit: 1, windowSeconds: 60 }, store)).ok).toBe(false);
    expect((await rateLimit(`b-${randomUUID()}`, { limit: 1, windowSeconds: 60 }, store)).ok).toBe(true);
  });

  it("starts a new window when the old one expires", async () => {
    const store = makeStore();
    const key = `w-${randomUUID()}`;
    await rateLimit(key, { limit: 1, windowSeconds: 1 }, store);
    expect((await rateLimit(key, { limit: 1, windowSeconds: 1 }, store)).ok).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(await rateLimit(key, { limit: 1, windowSeconds: 1 }, store)).toMatchObject({ ok: true, remaining: 0 });
  });

  it("counts concurrent hits atomically", async () => {
    const store = makeStore();
    const key = `c-${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => rateLimit(key, { limit: 5, windowSeconds: 60 }, store)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
  });

  it("gives a hit back on refund", async () => {
    const store = makeStore();
    const key = `r-${randomUUID()}`;
    await rateLimit(key, { limit: 1, windowSeconds: 60 }, store);
    await refundRateLimit(key, store);
    expect((await rateLimit(key, { limit: 1, windowSeconds: 60 }, store)).ok).toBe(true);
  });
});

describe("rate limit helpers", () => {
  it("builds the standard headers, with Retry-After only when refused", () => {
    expect(rateLimitHeaders({ ok: true, limit: 10, remaining: 4, resetSeconds: 30 })).toEqual({
      "RateLimit-Limit": "10",
      "RateLimit-Remaining": "4",
      "RateLimit-Reset": "30",
    });
    expect(rateLimitHeaders({ ok: false, limit: 10, remaining: 0, resetSeconds: 30 })).toMatchObject({ "Retry-After": "30" });
    expect(tooManyAttempts({ resetSeconds: 42 })).toBe("Too many attempts. Try again in 42 seconds.");
    expect(tooManyAttempts({ resetSeconds: 885 })).toBe("Too many attempts. Try again in 15 minutes.");
    expect(tooManyAttempts({ resetSeconds: 60 })).toBe("Too many attempts. Try again in 1 minute.");
    expect(tooManyAttempts({ resetSeconds: 1 })).toBe("Too many attempts. Try again in 1 second.");
  });

  it("uses the in-process store by default when REDIS_URL is unset", async () => {
    vi.stubEnv("REDIS_URL", "");
    const key = `d-${randomUUID()}`;
    expect((await rateLimit(key, { limit: 1, windowSeconds: 60 })).ok).toBe(true);
    expect((await rateLimit(key, { limit: 1, windowSeconds: 60 })).ok).toBe(false);
    vi.unstubAllEnvs();
  });
});
