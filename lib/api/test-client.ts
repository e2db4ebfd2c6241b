import { db } from "@/lib/db/client";
import { newApiKeySecret } from "@/lib/api-keys/secret";
import type { ApiHandler } from "./handler";

/** For tests: calls a route handler as Next would, and reads the answer. */
export async function callApi(
  handler: ApiHandler,
  { method = "GET", path = "/", key, body, params = {} }: { method?: string; path?: string; key?: string | null; body?: unknown; params?: Record<string, string> },
) {
  const headers: Record<string, string> = {};
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const request = new Request(`http://localhost/api/v1${path}`, { method, headers, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** For tests: a key stored the way the API-keys page stores it. */
export async function insertApiKey(data: { teamId: string; creatorId: string; role: string; customRoleId?: string; expiresAt?: Date; revokedAt?: Date; name?: string }) {
  const { secret, prefix, hash } = newApiKeySecret();
  const key = await db.apiKey.create({ data: { name: data.name ?? `${data.role} key`, prefix, keyHash: hash, ...data } });
  return { secret, id: key.id };
}
