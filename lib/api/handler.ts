import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { ActionError, RetryLaterError } from "@/lib/actions/result";
import { noticeQueue } from "@/lib/actions/notices";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { contextFromHeaders } from "@/lib/auth/request-context";
import { db } from "@/lib/db/client";
import { can, lacksRequiredTwoFactor, PERMISSIONS, type Permission } from "@/lib/permissions";
import { rateLimitHeaders, type RateLimitResult } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { authenticateApiKey, bearerToken } from "./authenticate";
import { limitIp, limitKey, tightest } from "./limits";
import { fieldsFromRecord, fieldsOf, problem } from "./problem";
import { inputSource, type ApiOperation, type HttpMethod } from "./registry";

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type ApiHandler = (request: Request, context: RouteContext) => Promise<Response>;

type Options = { method: HttpMethod; status?: 200 | 201 | 204 };

/**
 * The twin of `teamAction` for the REST API: authenticates the Bearer key, applies the per-IP and
 * per-key rate limits, checks the permission with `can`, parses the path parameters plus the
 * query or JSON body with the schema, then runs the same domain function the app's server
 * action runs (mutations in one transaction, with the key as the audit actor) and answers JSON.
 * Refusals are RFC 9457 problem documents.
 */
export function withTeamApi<S extends z.ZodType, R>(
  permission: Permission | readonly Permission[],
  schema: S,
  run: (ctx: TeamActionContext<z.output<S>>) => Promise<R>,
  { method, status = 200 }: Options,
): ApiHandler {
  const anyOf: readonly Permission[] = typeof permission === "string" ? [permission] : permission;
  const source = inputSource(method);
  const mutates = method !== "GET";
  return async (request, context) => {
    const requestContext = contextFromHeaders(request.headers);
    const ipLimit = await limitIp(requestContext.ip);
    if (!ipLimit.ok) return tooMany(ipLimit);

    const token = bearerToken(request.headers);
    const principal = token ? await authenticateApiKey(db, token) : null;
    if (!principal) {
      return problem(401, token ? "This API key is not valid: it may be mistyped, expired or revoked." : "Send an API key: Authorization: Bearer rk_…", {
        headers: { ...rateLimitHeaders(ipLimit), "WWW-Authenticate": `Bearer realm="Roster API"${token ? ', error="invalid_token"' : ""}` },
      });
    }
    const keyLimit = await limitKey(principal.keyId);
    if (!keyLimit.ok) return tooMany(keyLimit);
    const headers = rateLimitHeaders(tightest(ipLimit, keyLimit));

    const { member } = principal;
    if (lacksRequiredTwoFactor(member, principal.user)) {
      return problem(403, "This team requires two-factor sign-in, and the key's creator has not turned it on. Keys work again once they do.", { headers });
    }
    if (anyOf.length && !anyOf.some((p) => can(member, p))) {
      const needed = anyOf.map((p) => `“${PERMISSIONS[p].description}”`).join(" or ");
      return problem(403, `This key (${member.roleName}) does not allow this. It needs the permission ${needed}.`, { headers });
    }

    const raw = await rawInput(request, context, source);
    if (!raw.ok) return problem(400, raw.detail, { headers });
    const parsed = parseInput(schema, raw.value);
    if (!parsed.success) return problem(422, "Check the fields listed in `errors`.", { errors: fieldsOf(parsed.error), headers });

    try {
      const { notifyIn, sendAll } = noticeQueue();
      const ctx = { input: parsed.data, member, user: principal.user, actor: principal.actor, request: requestContext };
      const data = mutates
        ? await db.$transaction((tx) => run({ ...ctx, tx, notify: notifyIn(tx) }))
        : await run({ ...ctx, tx: db, notify: notifyIn(db) });
      await sendAll();
      if (mutates) revalidatePath("/t/[team]", "layout");
      if (status === 204) return new Response(null, { status, headers });
      return Response.json(data, { status, headers: { ...headers, "Cache-Control": "no-store" } });
    } catch (error) {
      return failure(error, headers);
    }
  };
}

/** A registered operation's handler: permission, schema, input source and status come from the registry. */
export function apiRoute<O extends ApiOperation>(
  operation: O,
  run: (ctx: TeamActionContext<z.output<O["input"]>>) => Promise<O["response"] extends z.ZodType ? z.input<O["response"]> : unknown>,
): ApiHandler {
  if (!operation.permission) throw new Error(`${operation.operationId} is public; serve it without withTeamApi`);
  return withTeamApi<O["input"], unknown>(operation.permission, operation.input, run, { method: operation.method, status: operation.status });
}

function tooMany(limit: RateLimitResult): Response {
  return problem(429, `Too many requests. Try again in ${limit.resetSeconds} seconds.`, { headers: rateLimitHeaders(limit) });
}

type Raw = { ok: true; value: Record<string, unknown> } | { ok: false; detail: string };

async function rawInput(request: Request, context: RouteContext | undefined, source: "query" | "body"): Promise<Raw> {
  const params = Object.fromEntries(Object.entries((await context?.params) ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  if (source === "query") return { ok: true, value: { ...Object.fromEntries(new URL(request.url).searchParams), ...params } };
  const text = await request.text();
  if (!text.trim()) return { ok: true, value: params };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, detail: "The request body is not valid JSON." };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) return { ok: false, detail: "The request body must be a JSON object." };
  return { ok: true, value: { ...(body as Record<string, unknown>), ...params } };
}

function failure(error: unknown, headers: Record<string, string>): Response {
  if (error instanceof ActionError) {
    const status = error.status === 400 && error.fieldErrors ? 422 : error.status;
    const retry: Record<string, string> = error instanceof RetryLaterError ? { "Retry-After": String(error.retryAfterSeconds) } : {};
    return problem(status, error.message, { errors: fieldsFromRecord(error.fieldErrors), headers: { ...headers, ...retry } });
  }
  if (typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002") {
    return problem(409, "That conflicts with a change made at the same moment. Try again.", { headers });
  }
  console.error("[roster] API request failed", error);
  return problem(500, "Something went wrong and nothing was changed. Try again.", { headers });
}
