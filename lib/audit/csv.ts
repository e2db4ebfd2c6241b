import type { Db } from "@/lib/db/client";
import { actionLabel } from "./actions-catalogue";
import { auditWhere, withCursor, type AuditQuery } from "./filters";

const COLUMNS = ["id", "time", "actor_type", "actor_id", "actor", "action", "action_label", "target_type", "target_id", "target", "ip", "user_agent", "metadata", "prev_hash", "hash"];

/**
 * One CSV cell (RFC 4180). A value that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) gets a leading apostrophe, so it is shown as text.
 */
export function csvCell(value: string | null): string {
  const text = value === null ? "" : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: (string | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/**
 * The team's events matching the query as CSV, newest first. Pulls one batch (keyset on id)
 * from the database each time the consumer wants more, so memory stays flat at any size.
 */
export function auditCsvStream(db: Db, teamId: string, query: AuditQuery, batchSize = 1000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cursor: bigint | undefined;
  let where: Awaited<ReturnType<typeof auditWhere>> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!where) {
          where = await auditWhere(db, teamId, query);
          controller.enqueue(encoder.encode(csvLine(COLUMNS)));
          return;
        }
        const rows = await db.auditEvent.findMany({ where: withCursor(where, cursor), orderBy: { id: "desc" }, take: batchSize });
        if (rows.length > 0) {
          const text = rows
            .map((e) =>
              csvLine([
                e.id.toString(), e.createdAt.toISOString(), e.actorType, e.actorId, e.actorName, e.action, actionLabel(e.action),
                e.targetType, e.targetId, e.targetLabel, e.ip, e.userAgent, JSON.stringify(e.metadata), e.prevHash, e.hash,
              ]),
            )
            .join("");
          controller.enqueue(encoder.encode(text));
          cursor = rows[rows.length - 1].id;
        }
        if (rows.length < batchSize) controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}
