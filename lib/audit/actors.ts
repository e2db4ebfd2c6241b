import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { containsPattern } from "@/lib/db/like-pattern";
import { Prisma } from "@/lib/generated/prisma/client";

export const ACTOR_SEARCH_LIMIT = 10;

export const actorSearchSchema = z.object({
  q: z.string().trim().max(100, "Search: use at most 100 characters").default(""),
});

export type ActorOption = { id: string; name: string; email: string; former: boolean };

/**
 * Members and former members (removed or left, and not back) whose name or email contains the
 * text, everyone when it is empty, by name: the audit log's user filter. Also run by `npm run bench`.
 */
export function actorSearchSql(teamId: string, q: string): Prisma.Sql {
  const pattern = containsPattern(q);
  return Prisma.sql`
    SELECT u.id, u.name, u.email, a.former FROM (
      SELECT "userId", false AS former FROM "Membership" WHERE "teamId" = ${teamId}
      UNION ALL
      SELECT f."userId", true FROM "FormerMember" f
      WHERE f."teamId" = ${teamId} AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."teamId" = f."teamId" AND m."userId" = f."userId")
    ) a JOIN "User" u ON u.id = a."userId"
    WHERE u.name ILIKE ${pattern} OR u.email ILIKE ${pattern}
    ORDER BY u.name, u.email, u.id LIMIT ${ACTOR_SEARCH_LIMIT}`;
}

export function searchActors(db: Db, teamId: string, q: string): Promise<ActorOption[]> {
  return db.$queryRaw<ActorOption[]>(actorSearchSql(teamId, q));
}

/**
 * How the user filter shows the user in the URL: a member or former member by name and email;
 * someone else who acted here by the name their latest event in this team recorded. Nothing
 * about users who never acted here. Also run by `npm run bench`.
 */
export function actorLabelSql(teamId: string, userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT COALESCE(
      (SELECT u.name || ' (' || u.email || ')' FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m."teamId" = ${teamId} AND m."userId" = ${userId}),
      (SELECT u.name || ' (' || u.email || ', former member)' FROM "FormerMember" f JOIN "User" u ON u.id = f."userId" WHERE f."teamId" = ${teamId} AND f."userId" = ${userId}),
      (SELECT "actorName" FROM "AuditEvent" WHERE "teamId" = ${teamId} AND "actorId" = ${userId} ORDER BY id DESC LIMIT 1)
    ) AS label`;
}

export async function actorLabel(db: Db, teamId: string, userId: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ label: string | null }[]>(actorLabelSql(teamId, userId));
  return row?.label ?? null;
}
