import type { NextRequest } from "next/server";
import { audit } from "@/lib/audit/record";
import { requestContext } from "@/lib/auth/request-context";
import { db } from "@/lib/db/client";
import { memberCsvStream } from "@/lib/members/csv";
import { memberListQuerySchema } from "@/lib/members/schemas";
import { can } from "@/lib/permissions";
import { memberForRoute } from "@/lib/teams/member-for-route";

/** CSV of the members list with the page's filters, every page of it. Each export is itself an audit event. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ team: string }> }) {
  const allowed = await memberForRoute((await params).team, "members.read");
  if (allowed instanceof Response) return allowed;
  const { member, user } = allowed;
  // Like the page, a filter value that does not parse is ignored rather than refused.
  const { q, role, status } = memberListQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const query = { q, role, status };
  const security = can(member, "members.security");
  const context = await requestContext();
  await db.$transaction((tx) =>
    audit(tx, {
      teamId: member.team.id,
      actor: { type: "user", id: user.id, name: user.name },
      action: "members.exported",
      target: { type: "team", id: member.team.id, label: member.team.name },
      metadata: { format: "csv", filters: Object.fromEntries(Object.entries(query).filter(([, value]) => value)), signInColumns: security },
      request: context,
    }),
  );
  const day = new Date().toISOString().slice(0, 10);
  return new Response(memberCsvStream(db, member.team.id, query, security), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="members-${member.team.slug}-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
