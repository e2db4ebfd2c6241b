import { headers } from "next/headers";
import type { RequestContext } from "@/lib/audit/record";

/**
 * The address the request came from, as the nearest trusted proxy saw it. Every proxy appends the
 * address it was called from to X-Forwarded-For, so what stands to the left of the entries written
 * by trusted proxies is whatever the client sent. `TRUSTED_PROXY_HOPS` counts them (default 1: the
 * load balancer, or Next itself when reached directly, which fills the header from the socket when
 * the request has none).
 */
export function clientIp(h: Headers, hops = trustedProxyHops()): string | null {
  const chain = (h.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const ip = chain.at(-Math.min(hops, chain.length));
  // Node reports an IPv4 client on a dual-stack socket as ::ffff:a.b.c.d; people (and rate limits) know it as a.b.c.d.
  return ip?.replace(/^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i, "$1") ?? null;
}

function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isSafeInteger(hops) && hops >= 1 ? hops : 1;
}

export function contextFromHeaders(h: Headers): RequestContext {
  return { ip: clientIp(h), userAgent: h.get("user-agent")?.slice(0, 500) ?? null };
}

export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}
