import { headers } from "next/headers";
import type { RequestContext } from "@/lib/audit/record";

export function contextFromHeaders(h: Headers): RequestContext {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { ip: forwarded || h.get("x-real-ip") || null, userAgent: h.get("user-agent")?.slice(0, 500) ?? null };
}

export async function requestContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}
