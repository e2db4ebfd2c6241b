import type { Db } from "@/lib/db/client";
import { auditWhere, type AuditQuery } from "./filters";

export const PAGE_SIZE = 50;

export const ROW_SELECT = {
  id: true,
  createdAt: true,
  actorType: true,
  actorId: true,
  actorName: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
} as const;

export type AuditRow = { id: bigint; createdAt: Date; actorType: string; actorId: string | null; actorName: string; action: string; targetType: string | null; targetId: string | null; targetLabel: string | null };

/** One page of a team's events, newest first, after the query's cursor (keyset on id). */
export async function listAuditEvents(db: Db, teamId: string, query: AuditQuery, pageSize = PAGE_SIZE): Promise<{ rows: AuditRow[]; nextCursor: string | null }> {
  const rows = await db.auditEvent.findMany({ where: await auditWhere(db, teamId, query), orderBy: { id: "desc" }, take: pageSize + 1, select: ROW_SELECT });
  const page = rows.slice(0, pageSize);
  return { rows: page, nextCursor: rows.length > pageSize ? page[page.length - 1].id.toString() : null };
}

/** Everything stored about one event of the team, for the detail dialog. */
export function auditEventDetail(db: Db, teamId: string, id: bigint) {
  return db.auditEvent.findFirst({ where: { teamId, id } });
}
export type AuditEventDetail = NonNullable<Awaited<ReturnType<typeof auditEventDetail>>>;

/** Above this many members the user filter offers only recent actors: 10,000 options made the page 1.6 MB. */
export const ACTOR_OPTIONS_LIMIT = 500;
const RECENT_EVENTS = 20_000;

/**
 * The team's members, offered in the user filter. A large team gets the members among the
 * actors of its latest events instead (still sorted by name); any member can be filtered by URL.
 */
export async function actorOptions(db: Db, teamId: string): Promise<{ id: string; label: string }[]> {
  const rows = await db.membership.findMany({
    where: { teamId },
    select: { user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
    take: ACTOR_OPTIONS_LIMIT + 1,
  });
  if (rows.length <= ACTOR_OPTIONS_LIMIT) return rows.map(({ user }) => ({ id: user.id, label: `${user.name} (${user.email})` }));
  const recent = await db.$queryRaw<{ id: string; name: string; email: string }[]>`
    SELECT u.id, u.name, u.email
    FROM (SELECT DISTINCT e."actorId" FROM (SELECT "actorId" FROM "AuditEvent" WHERE "teamId" = ${teamId} ORDER BY id DESC LIMIT ${RECENT_EVENTS}) e WHERE e."actorId" IS NOT NULL) a
    JOIN "Membership" m ON m."teamId" = ${teamId} AND m."userId" = a."actorId"
    JOIN "User" u ON u.id = m."userId"
    ORDER BY u.name, u.email LIMIT ${ACTOR_OPTIONS_LIMIT}`;
  return recent.map((user) => ({ id: user.id, label: `${user.name} (${user.email})` }));
}
