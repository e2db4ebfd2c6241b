import { problem } from "@/lib/api/problem";

/** Any address under /api/v1 that names no endpoint: a problem document, as every other API answer is, not the HTML 404 page. */
function notAnEndpoint(): Response {
  return problem(404, "There is no such endpoint. The OpenAPI document at /api/v1/openapi.json lists them all.");
}

export { notAnEndpoint as GET, notAnEndpoint as POST, notAnEndpoint as PUT, notAnEndpoint as PATCH, notAnEndpoint as DELETE };
