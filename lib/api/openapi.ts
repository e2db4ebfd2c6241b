import { z } from "zod";
import { appUrl } from "@/lib/app-url";
import { PERMISSIONS } from "@/lib/permissions";
import { apiLimits } from "./limits";
import { API_OPERATIONS, inputSource, type ApiOperation } from "./registry";
import { problemSchema } from "./schemas";

type JsonSchema = { type?: unknown; properties?: Record<string, JsonSchema>; required?: string[]; description?: string; [key: string]: unknown };

export const API_BASE_PATH = "/api/v1";

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    // "format: date-time" says it; zod's long regex next to it helps no reader.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === "date-time") delete jsonSchema.pattern;
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/** The path parameters, query parameters and JSON body of an operation, split from its one input schema. */
export function operationInput(op: ApiOperation) {
  const schema = jsonSchema(op.input, "input");
  const inPath = pathParams(op.path);
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  const param = (name: string, where: "path" | "query") => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(properties[name]?.description ? { description: properties[name].description } : {}),
    schema: properties[name] ?? { type: "string" },
  });
  const rest = Object.keys(properties).filter((name) => !inPath.includes(name));
  const source = inputSource(op.method);
  const body: JsonSchema | null =
    source === "body"
      ? { ...schema, properties: Object.fromEntries(rest.map((n) => [n, properties[n]])), required: [...required].filter((n) => !inPath.includes(n)) }
      : null;
  return {
    parameters: [...inPath.map((n) => param(n, "path")), ...(source === "query" ? rest.map((n) => param(n, "query")) : [])],
    body,
  };
}

function describe(op: ApiOperation): string {
  const permission = !op.permission
    ? "No key needed."
    : op.permission.length === 0
      ? "Any key of the team."
      : `Needs the permission ${op.permission.map((p) => `\`${p}\` (${PERMISSIONS[p].description})`).join(" or ")}.`;
  return [op.description, permission].filter(Boolean).join("\n\n");
}

const RATE_HEADERS = {
  "RateLimit-Limit": { $ref: "#/components/headers/RateLimit-Limit" },
  "RateLimit-Remaining": { $ref: "#/components/headers/RateLimit-Remaining" },
  "RateLimit-Reset": { $ref: "#/components/headers/RateLimit-Reset" },
};

function operationObject(op: ApiOperation) {
  const { parameters, body } = operationInput(op);
  const errors: Record<string, { $ref: string }> = {};
  const refuse = (status: number, name: string) => (errors[String(status)] = { $ref: `#/components/responses/${name}` });
  if (body) refuse(400, "MalformedJson");
  if (op.permission) {
    refuse(401, "Unauthorized");
    refuse(403, "Forbidden");
    if (pathParams(op.path).length) refuse(404, "NotFound");
    if (op.method !== "GET") refuse(409, "Conflict");
    if (parameters.length || body) refuse(422, "ValidationFailed");
    refuse(429, "TooManyRequests");
  }
  const success =
    op.status === 204 || !op.response
      ? { description: "Done; no content.", headers: RATE_HEADERS }
      : { description: "OK", headers: op.permission ? RATE_HEADERS : undefined, content: { "application/json": { schema: jsonSchema(op.response, "output") } } };
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: describe(op),
    tags: [op.tag],
    ...(op.permission ? { "x-permissions": op.permission } : { security: [] }),
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: body, ...(op.example ? { example: op.example } : {}) } } } } : {}),
    responses: { [String(op.status)]: success, ...errors },
  };
}

function problemResponse(description: string) {
  return { description, content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } } };
}

/** The OpenAPI 3.1 document of the REST API, generated from the registry. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) (paths[op.path] ??= {})[op.method.toLowerCase()] = operationObject(op);
  const { perKey, perIp, windowSeconds } = apiLimits();
  return {
    openapi: "3.1.0",
    info: {
      title: "Roster API",
      version: "1.0.0",
      description: `Manage a team's members and invitations and read its resources, audit log and billing with a team API key. A key acts with its role, never beyond its creator's current permissions. At most ${perKey} requests per ${windowSeconds} seconds per key and ${perIp} per client IP. Errors are RFC 9457 problem documents; a method a path does not list answers 405 with an Allow header.`,
    },
    servers: [{ url: appUrl(API_BASE_PATH).replace(/\/$/, "") }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(API_OPERATIONS.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "rk_<prefix>_<secret>", description: "A team API key from the team's API keys page." } },
      schemas: { Problem: jsonSchema(problemSchema, "output") },
      headers: {
        "RateLimit-Limit": { description: "Requests allowed in the window", schema: { type: "integer" } },
        "RateLimit-Remaining": { description: "Requests left in the window", schema: { type: "integer" } },
        "RateLimit-Reset": { description: "Seconds until the window resets", schema: { type: "integer" } },
      },
      responses: {
        MalformedJson: problemResponse("The body is not a JSON object."),
        Unauthorized: problemResponse("No key, or a key that is unknown, expired or revoked."),
        Forbidden: problemResponse("The key's role (or its creator's) lacks the permission."),
        NotFound: problemResponse("No such object in the key's team."),
        Conflict: problemResponse("The change conflicts with the team's state (e.g. the last Owner)."),
        ValidationFailed: problemResponse("Some fields are invalid; see `errors`."),
        MethodNotAllowed: {
          ...problemResponse("The path does not support this method. Any method a path does not list here gets this answer."),
          headers: { Allow: { description: "The methods the path supports", schema: { type: "string" } } },
        },
        TooManyRequests: {
          ...problemResponse("Over the rate limit; retry after `Retry-After` seconds."),
          headers: { ...RATE_HEADERS, "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
        },
      },
    },
  };
}
