import type { NextRequest } from "next/server";
import { auditCsvStream } from "@/lib/audit/csv";
import { FILTER_KEYS } from "@/lib/audit/filter-keys";
import { parseAuditQuery } from "@/lib/audit/filters";
import { audit } from "@/lib/audit/record";
import { requestContext } from "@/lib/auth/request-context";
import { db } from "@/lib/db/client";
import { memberForRoute, plainText } from "@/lib/teams/member-for-route";

/** CSV of the audit events matching the page's filters, streamed in batches. Each export is itself an audit event. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ team: string }> }) {
  const allowed = await memberForRoute((await params).team, "audit.read");
  if (allowed instanceof Response) return allowed;
  const { member, user } = allowed;
  const search = request.nextUrl.searchParams;
  const parsed = parseAuditQuery(search);
  if (!parsed.ok) return plainText(400, parsed.errors.join("\n"));
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, search.get(key)]).filter(([, value]) => value));
  const context = await requestContext();
  await db.$transaction((tx) =>
    audit(tx, {
      teamId: member.team.id,
      actor: { type: "user", id: user.id, name: user.name },
      action: "audit.exported",
      target: { type: "team", id: member.team.id, label: member.team.name },
      metadata: { format: "csv", filters },
      request: context,
    }),
  );
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsvStream(db, member.team.id, parsed.query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${member.team.slug}-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
