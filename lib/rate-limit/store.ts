import { createClient } from "redis";

/** Where hit counts live. `hit` adds one to `key` and returns the new count and the seconds
 *  left in its window (the window starts at the first hit); `refund` takes one back. */
export interface RateLimitStore {
  hit(key: string, windowSeconds: number): Promise<{ count: number; ttlSeconds: number }>;
  refund(key: string): Promise<void>;
}

/** One process only: fine for a single instance and for development. */
export function memoryStore(): RateLimitStore {
  const counters = new Map<string, { count: number; expiresAt: number }>();
  return {
    async hit(key, windowSeconds) {
      const now = Date.now();
      let entry = counters.get(key);
      if (!entry || entry.expiresAt <= now) {
        if (counters.size > 10_000) for (const [k, e] of counters) if (e.expiresAt <= now) counters.delete(k);
        entry = { count: 0, expiresAt: now + windowSeconds * 1000 };
        counters.set(key, entry);
      }
      entry.count += 1;
      return { count: entry.count, ttlSeconds: Math.max(1, Math.ceil((entry.expiresAt - now) / 1000)) };
    },
    async refund(key) {
      const entry = counters.get(key);
      if (entry && entry.count > 0) entry.count -= 1;
    },
  };
}

// INCR and EXPIRE in one script, so a crash between them cannot leave a counter without expiry.
const HIT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

const REFUND = `
if redis.call('DECR', KEYS[1]) <= 0 then redis.call('DEL', KEYS[1]) end
return 0`;

/** Shared by every instance that points at the same Redis. */
export function redisStore(url: string, prefix = "roster:rate-limit:"): RateLimitStore & { close(): Promise<void> } {
  const client = createClient({ url });
  client.on("error", (error: unknown) => console.error("[roster] redis", error));
  const ready = client.connect();
  return {
    async hit(key, windowSeconds) {
      await ready;
      const [count, ttlSeconds] = (await client.eval(HIT, { keys: [prefix + key], arguments: [String(windowSeconds)] })) as [number, number];
      return { count, ttlSeconds: Math.max(1, ttlSeconds) };
    },
    async refund(key) {
      await ready;
      await client.eval(REFUND, { keys: [prefix + key] });
    },
    async close() {
      await ready;
      client.destroy();
    },
  };
}

const globalStore = globalThis as unknown as { rosterRateLimitStore?: RateLimitStore };

/** Redis when REDIS_URL is set, otherwise this process's memory. */
export function defaultStore(): RateLimitStore {
  globalStore.rosterRateLimitStore ??= process.env.REDIS_URL ? redisStore(process.env.REDIS_URL) : memoryStore();
  return globalStore.rosterRateLimitStore;
}
