import type { NextRequest } from "next/server";
import { auditCsvStream } from "@/lib/audit/csv";
import { FILTER_KEYS } from "@/lib/audit/filter-keys";
import { parseAuditQuery } from "@/lib/audit/filters";
import { recordExport } from "@/lib/audit/record-export";
import { csvDownload, datedFilename } from "@/lib/csv/download";
import { db } from "@/lib/db/client";
import { memberForRoute, plainText } from "@/lib/teams/member-for-route";

/** CSV of the audit events matching the page's filters, streamed in batches. Each export is itself an audit event. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ team: string }> }) {
  const allowed = await memberForRoute((await params).team, "audit.read");
  if (allowed instanceof Response) return allowed;
  const search = request.nextUrl.searchParams;
  const parsed = parseAuditQuery(search);
  if (!parsed.ok) return plainText(400, parsed.errors.join("\n"));
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, search.get(key)]).filter(([, value]) => value));
  await recordExport(db, allowed, { action: "audit.exported", metadata: { format: "csv", filters } });
  return csvDownload(auditCsvStream(db, allowed.member.team.id, parsed.query), datedFilename("audit", allowed.member.team.slug));
}
