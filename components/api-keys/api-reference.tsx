import { Badge } from "@/components/ui/badge";
import { operationInput } from "@/lib/api/openapi";
import { inputSource, type ApiOperation } from "@/lib/api/registry";
import { PERMISSIONS } from "@/lib/permissions";
import { z } from "zod";
import { ScrollRegion } from "@/components/ui/scroll-region";

const METHOD_TONE = { GET: "blue", POST: "green", PUT: "amber", PATCH: "amber", DELETE: "red" } as const;

export function operationAnchor(op: ApiOperation): string {
  return op.operationId.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export function curlExample(op: ApiOperation, baseUrl: string): string {
  const lines = [`curl ${op.method === "GET" ? "" : `-X ${op.method} `}${baseUrl}${op.path}`];
  if (op.permission) lines.push(`  -H "Authorization: Bearer $ROSTER_API_KEY"`);
  if (inputSource(op.method) === "body" && op.example) {
    lines.push(`  -H "Content-Type: application/json"`, `  -d '${JSON.stringify(op.example)}'`);
  }
  return lines.join(" \\\n");
}

function typeOf(schema: Record<string, unknown>): string {
  if (!schema.type && Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).map(typeOf).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "any");
  return schema.enum ? `${type}: ${(schema.enum as unknown[]).join(", ")}` : type;
}

function Code({ children }: { children: string }) {
  return <pre className="overflow-x-auto rounded-md bg-zinc-900 p-3 font-mono text-xs leading-relaxed text-zinc-100">{children}</pre>;
}

/** One operation of the registry, as the reference page shows it. */
export function OperationReference({ op, baseUrl }: { op: ApiOperation; baseUrl: string }) {
  const { parameters, body } = operationInput(op);
  const fields = body ? Object.entries(body.properties ?? {}).map(([name, schema]) => ({ name, in: "body", required: (body.required ?? []).includes(name), schema })) : [];
  const rows = [...parameters.map((p) => ({ name: p.name, in: p.in, required: p.required, schema: p.schema })), ...fields];
  const response = op.response && op.status !== 204 ? JSON.stringify(z.toJSONSchema(op.response, { io: "output", unrepresentable: "any" }), null, 2) : null;
  return (
    <section id={operationAnchor(op)} aria-labelledby={`${operationAnchor(op)}-title`} className="scroll-mt-6 space-y-3 rounded-lg border border-zinc-200 bg-white p-5">
      <header className="space-y-1">
        <h3 id={`${operationAnchor(op)}-title`} className="flex flex-wrap items-center gap-2 text-base font-semibold">
          <Badge tone={METHOD_TONE[op.method]}>{op.method}</Badge>
          <code className="font-mono text-sm">/api/v1{op.path}</code>
          <span className="font-normal text-zinc-700">— {op.summary}</span>
        </h3>
        {op.description && <p className="text-sm text-zinc-700">{op.description}</p>}
        <p className="text-sm text-zinc-600">
          {!op.permission ? (
            "Public: no key needed."
          ) : op.permission.length === 0 ? (
            `Any key of the team. Answers ${op.status}.`
          ) : (
            <>Needs {op.permission.map((p, i) => <span key={p}>{i > 0 && " or "}<code className="font-mono text-xs">{p}</code> ({PERMISSIONS[p].description})</span>)}. Answers {op.status}.</>
          )}
        </p>
      </header>
      {rows.length > 0 && (
        <ScrollRegion label={`Parameters of ${op.summary}`}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Parameters of {op.summary}</caption>
            <thead className="text-zinc-700">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Parameter</th>
                <th scope="col" className="py-1 pr-3 font-medium">In</th>
                <th scope="col" className="py-1 pr-3 font-medium">Type</th>
                <th scope="col" className="py-1 font-medium">Description</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.in}-${r.name}`} className="border-t border-zinc-100 align-top">
                  <td className="py-1 pr-3">
                    <code className="font-mono text-xs">{r.name}</code>
                    {r.required && <span className="ml-1 text-xs text-red-800">required</span>}
                  </td>
                  <td className="py-1 pr-3 text-zinc-700">{r.in}</td>
                  <td className="py-1 pr-3 font-mono text-xs text-zinc-700">{typeOf(r.schema as Record<string, unknown>)}</td>
                  <td className="py-1 text-zinc-700">{String((r.schema as { description?: string }).description ?? "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Code>{curlExample(op, baseUrl)}</Code>
      {response && (
        <details className="text-sm">
          <summary className="cursor-pointer text-zinc-700">Response schema ({op.status})</summary>
          <div className="mt-2">
            <Code>{response}</Code>
          </div>
        </details>
      )}
    </section>
  );
}
