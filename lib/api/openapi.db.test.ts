import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { openApiDocument } from "./openapi";
import { API_OPERATIONS } from "./registry";

const ROOT = join(process.cwd(), "app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routeFiles(join(dir, e.name)) : e.name === "route.ts" ? [join(dir, e.name)] : []));
}

/** app/api/v1/members/[membershipId]/route.ts -> /members/{membershipId} */
function pathOf(file: string): string {
  const dir = relative(ROOT, file).split(sep).slice(0, -1);
  return `/${dir.map((s) => s.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`;
}

type Doc = ReturnType<typeof openApiDocument>;
type Operation = { operationId: string; parameters?: { name: string; in: string; required: boolean }[]; requestBody?: { content: Record<string, { schema: object }> }; responses: Record<string, { $ref?: string; content?: Record<string, { schema: object }> }> };
const operation = (doc: Doc, path: string, method: string) => (doc.paths[path] as Record<string, Operation> | undefined)?.[method.toLowerCase()];

describe("OpenAPI document", () => {
  const doc = openApiDocument();

  it("is an OpenAPI 3.1 document with bearer security and a Problem schema", async () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(doc.components.schemas.Problem).toMatchObject({ type: "object", required: expect.arrayContaining(["type", "title", "status", "detail"]) });
    const served = await openApiRoute(new Request("http://localhost/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it("describes every registered operation with its parameters, body and responses", () => {
    const ids = new Set<string>();
    for (const op of API_OPERATIONS) {
      const o = operation(doc, op.path, op.method);
      expect(o, `${op.method} ${op.path}`).toBeDefined();
      expect(ids.has(op.operationId)).toBe(false);
      ids.add(op.operationId);
      for (const name of [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
        expect(o!.parameters).toContainEqual(expect.objectContaining({ name, in: "path", required: true }));
      }
      if (op.method !== "GET" && op.method !== "DELETE") expect(o!.requestBody?.content["application/json"].schema).toMatchObject({ type: "object" });
      else expect(o!.requestBody).toBeUndefined();
      const success = o!.responses[String(op.status)];
      if (op.status === 204) expect(success.content).toBeUndefined();
      else expect(success.content?.["application/json"].schema).toBeTypeOf("object");
      if (op.permission) for (const status of ["401", "403", "429"]) expect(o!.responses[status]?.$ref, `${op.operationId} ${status}`).toMatch(/^#\/components\/responses\//);
    }
  });

  it("resolves every $ref", () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of refs) {
      const path = ref.slice(8, -1).replace(/^#\//, "").split("/");
      expect(path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], doc), ref).toBeDefined();
    }
  });

  it("lists every route handler under app/api/v1 with each method it answers; the others are a 405 problem naming them", async () => {
    // The catch-all is what answers addresses that are no endpoint, so it is not one.
    const files = routeFiles(ROOT).filter((file) => !file.includes("[..."));
    expect(files.length).toBeGreaterThanOrEqual(10);
    const served = new Set<string>();
    const context = { params: Promise.resolve({}) };
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, (request: Request, ctx: typeof context) => Promise<Response> | Response>;
      const url = `http://localhost/api/v1${pathOf(file)}`;
      const options = await mod.OPTIONS(new Request(url, { method: "OPTIONS" }), context);
      expect(options.status, file).toBe(204);
      const allow = options.headers.get("Allow")!.split(", ");
      const methods = METHODS.filter((m) => allow.includes(m));
      expect(methods.length, file).toBeGreaterThan(0);
      expect(allow).toEqual([...methods, "HEAD", "OPTIONS"].filter((m) => m !== "HEAD" || methods.includes("GET")).sort());
      for (const method of METHODS) {
        if (methods.includes(method)) {
          served.add(`${method} ${pathOf(file)}`);
          expect(operation(doc, pathOf(file), method), `${method} ${pathOf(file)} (${file})`).toBeDefined();
          continue;
        }
        const refused = await mod[method](new Request(url, { method }), context);
        expect(refused.status, `${method} ${url}`).toBe(405);
        expect(refused.headers.get("Content-Type")).toBe("application/problem+json");
        expect(refused.headers.get("Allow")).toBe(options.headers.get("Allow"));
        expect(await refused.json()).toMatchObject({ status: 405, title: "Method Not Allowed", detail: expect.stringContaining(`does not answer ${method}`) });
      }
    }
    expect([...served].sort()).toEqual(API_OPERATIONS.map((op) => `${op.method} ${op.path}`).sort());
  });
});
