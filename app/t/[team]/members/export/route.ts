import type { NextRequest } from "next/server";
import { recordExport } from "@/lib/audit/record-export";
import { csvDownload, datedFilename } from "@/lib/csv/download";
import { db } from "@/lib/db/client";
import { memberCsvStream } from "@/lib/members/csv";
import { memberListQueryFor } from "@/lib/members/query";
import { can } from "@/lib/permissions";
import { memberForRoute } from "@/lib/teams/member-for-route";

/** CSV of the members list with the page's filters and order, every page of it. Each export is itself an audit event. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ team: string }> }) {
  const allowed = await memberForRoute((await params).team, "members.read");
  if (allowed instanceof Response) return allowed;
  // Like the page, a filter value that does not parse is ignored rather than refused.
  const { q, role, status, sort } = memberListQueryFor(allowed.member, Object.fromEntries(request.nextUrl.searchParams));
  const query = { q, role, status, sort };
  const security = can(allowed.member, "members.security");
  const filters = Object.fromEntries(Object.entries(query).filter(([, value]) => value));
  await recordExport(db, allowed, { action: "members.exported", metadata: { format: "csv", filters, signInColumns: security } });
  return csvDownload(memberCsvStream(db, allowed.member.team.id, query, security), datedFilename("members", allowed.member.team.slug));
}
