import type { NextRequest } from "next/server";
import { auditCsvStream } from "@/lib/audit/csv";
import { parseAuditQuery } from "@/lib/audit/filters";
import { currentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { can, deniedMessage } from "@/lib/permissions";
import { loadMember } from "@/lib/teams/member";

/** CSV of the audit events matching the page's filters, streamed in batches. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const user = await currentUser();
  if (!user) return plain(401, "Your session has ended. Sign in again.");
  const member = await loadMember(db, slug, user.id);
  if (!member) return plain(404, "This team does not exist or you are not a member of it.");
  if (!can(member, "audit.read")) return plain(403, deniedMessage(member.roleName, "audit.read"));
  const parsed = parseAuditQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return plain(400, parsed.errors.join("\n"));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(auditCsvStream(db, member.team.id, parsed.query), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${member.team.slug}-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
