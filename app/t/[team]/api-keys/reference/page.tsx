import Link from "next/link";
import type { ReactNode } from "react";
import { operationAnchor, OperationReference } from "@/components/api-keys/api-reference";
import { PageHeader } from "@/components/layout/page-header";
import { apiLimits } from "@/lib/api/limits";
import { API_BASE_PATH } from "@/lib/api/openapi";
import { API_OPERATIONS } from "@/lib/api/registry";
import { appUrl } from "@/lib/app-url";
import { requireMember } from "@/lib/teams/require-member";

export const metadata = { title: "API reference" };

const STATUSES: [number, ReactNode][] = [
  [400, "The body is not a JSON object."],
  [401, "No key, or a key that is unknown, expired or revoked (or whose creator left the team)."],
  [403, "The key's role, or its creator's current role, lacks the permission."],
  [404, "No such object in the key's team (objects of other teams are never visible)."],
  [405, <>The path does not support this method; the <code className="font-mono text-xs">Allow</code> header lists those it does.</>],
  [409, "The change conflicts with the team's state, e.g. demoting the last Owner."],
  [422, <>Invalid fields, listed in <code className="font-mono text-xs">{"errors: [{ field, message }]"}</code>.</>],
  [429, <>Rate limited: wait <code className="font-mono text-xs">Retry-After</code> seconds.</>],
];

export default async function ApiDocsPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireMember((await params).team);
  const baseUrl = appUrl(API_BASE_PATH).replace(/\/$/, "");
  const tags = [...new Set(API_OPERATIONS.map((op) => op.tag))];
  const limits = apiLimits();
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            The REST API of Roster, generated from the same registry as the route handlers and the{" "}
            <a href={`${API_BASE_PATH}/openapi.json`} className="underline">
              OpenAPI 3.1 document
            </a>
            .
          </>
        }
        actions={
          <Link href={`/t/${member.team.slug}/api-keys`} className="text-sm underline">
            Manage API keys
          </Link>
        }
      />
      <div className="grid gap-8 lg:grid-cols-[14rem_1fr]">
        <nav aria-label="Operations" className="text-sm lg:sticky lg:top-4 lg:self-start">
          {tags.map((tag) => (
            <div key={tag} className="mb-3">
              <p className="font-medium text-zinc-900">{tag}</p>
              <ul className="mt-1 space-y-1">
                {API_OPERATIONS.filter((op) => op.tag === tag).map((op) => (
                  <li key={op.operationId}>
                    <a href={`#${operationAnchor(op)}`} className="text-zinc-700 hover:underline">
                      {op.summary}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="min-w-0 space-y-8">
          <section aria-labelledby="basics" className="space-y-3 text-sm text-zinc-800">
            <h2 id="basics" className="text-lg font-semibold">
              Basics
            </h2>
            <p>
              Base URL <code className="font-mono text-xs">{baseUrl}</code>. Send a key of this team as{" "}
              <code className="font-mono text-xs">Authorization: Bearer rk_…</code>; the key decides the team, so paths carry no team. A key acts with its role,
              never beyond what its creator may do right now. Bodies and answers are JSON; lists return{" "}
              <code className="font-mono text-xs">{"{ data, nextCursor }"}</code> — pass <code className="font-mono text-xs">nextCursor</code> as{" "}
              <code className="font-mono text-xs">cursor</code> for the next page.
            </p>
            <p>
              At most {limits.perKey} requests per {limits.windowSeconds} seconds per key and {limits.perIp} per client IP; every answer carries{" "}
              <code className="font-mono text-xs">RateLimit-Limit</code>, <code className="font-mono text-xs">RateLimit-Remaining</code> and{" "}
              <code className="font-mono text-xs">RateLimit-Reset</code>. Changes are recorded in the audit log with the key as the actor.
            </p>
            <p>Errors are RFC 9457 problem documents (<code className="font-mono text-xs">application/problem+json</code>):</p>
            <ul className="list-inside list-disc space-y-0.5">
              {STATUSES.map(([status, text]) => (
                <li key={status}>
                  <span className="font-medium">{status}</span> — {text}
                </li>
              ))}
            </ul>
          </section>
          {tags.map((tag) => (
            <section key={tag} aria-labelledby={`tag-${tag}`} className="space-y-4">
              <h2 id={`tag-${tag}`} className="text-lg font-semibold">
                {tag}
              </h2>
              {API_OPERATIONS.filter((op) => op.tag === tag).map((op) => (
                <OperationReference key={op.operationId} op={op} baseUrl={baseUrl} />
              ))}
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
