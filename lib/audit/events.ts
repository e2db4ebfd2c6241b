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
