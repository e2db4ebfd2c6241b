import type { NextRequest } from "next/server";
import { auditCsvStream } from "@/lib/audit/csv";
import { parseAuditQuery } from "@/lib/audit/filters";
import { db } from "@/lib/db/client";
import { memberForRoute, plainText } from "@/lib/teams/member-for-route";

/** CSV of the audit events matching the page's filters, streamed in batches. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ team: string }> }) {
  const member = await memberForRoute((await params).team, "audit.read");
  if (member instanceof Response) return member;
  const parsed = parseAuditQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return plainText(400, parsed.errors.join("\n"));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsvStream(db, member.team.id, parsed.query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${member.team.slug}-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
