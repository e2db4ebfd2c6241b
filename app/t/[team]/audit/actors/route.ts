import type { NextRequest } from "next/server";
import { actorSearchSchema, searchActors } from "@/lib/audit/actors";
import { db } from "@/lib/db/client";
import { memberForRoute, plainText } from "@/lib/teams/member-for-route";
import { parseInput } from "@/lib/validation/parse-input";

/** Members matching `?q=`, for the audit log's user filter. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ team: string }> }) {
  const allowed = await memberForRoute((await params).team, "audit.read");
  if (allowed instanceof Response) return allowed;
  const { member } = allowed;
  const parsed = parseInput(actorSearchSchema, { q: request.nextUrl.searchParams.get("q") ?? undefined });
  if (!parsed.success) return plainText(400, parsed.error.issues.map((issue) => issue.message).join("\n"));
  const actors = await searchActors(db, member.team.id, parsed.data.q);
  return Response.json({ actors }, { headers: { "Cache-Control": "private, no-store" } });
}
