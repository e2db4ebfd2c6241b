import { openApiDocument } from "@/lib/api/openapi";
import { routeMethods } from "@/lib/api/methods";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: async () => Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } }),
});
