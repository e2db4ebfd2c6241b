import type { ApiHandler } from "./handler";
import { problem } from "./problem";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/** "GET, PATCH and DELETE". */
function listed(methods: string[]): string {
  return methods.length > 1 ? `${methods.slice(0, -1).join(", ")} and ${methods.at(-1)}` : methods[0];
}

/**
 * Every method's export for a route under /api/v1, from the handlers it has: the others answer a
 * 405 problem document (Next's own 405 has an empty body) with an `Allow` header, HEAD runs GET,
 * and OPTIONS answers `Allow`. A route file exports all of them:
 * `export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({ GET: ... })`.
 */
export function routeMethods(handlers: Partial<Record<Method, ApiHandler>>): Record<Method | "HEAD" | "OPTIONS", ApiHandler> {
  const supported = METHODS.filter((m) => handlers[m]);
  const allow = [...supported, ...(handlers.GET ? ["HEAD"] : []), "OPTIONS"].sort().join(", ");
  const notAllowed: ApiHandler = async (request) =>
    problem(405, `This endpoint does not answer ${request.method}; it answers ${listed(supported)}.`, { headers: { Allow: allow } });
  const exports = Object.fromEntries(METHODS.map((m) => [m, handlers[m] ?? notAllowed])) as Record<Method, ApiHandler>;
  return { ...exports, HEAD: handlers.GET ?? notAllowed, OPTIONS: async () => new Response(null, { status: 204, headers: { Allow: allow } }) };
}
