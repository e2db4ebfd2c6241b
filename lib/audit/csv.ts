import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { actionLabel, AUDIT_ACTIONS } from "./actions-catalogue";
import { auditWhere, type AuditQuery } from "./filters";

const COLUMNS = ["id", "time", "actor_type", "actor_id", "actor", "action", "action_label", "target_type", "target_id", "target", "ip", "user_agent", "metadata", "prev_hash", "hash"];

/** Only the exported columns, as text from PostgreSQL; the time exactly as Date.toISOString() writes it. */
export const EXPORT_COLUMNS_SQL = `id::text AS id, to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS time, "actorType", "actorId",
  "actorName", action, "targetType", "targetId", "targetLabel", ip, "userAgent", metadata::text AS metadata, "prevHash", hash`;
const SELECT = Prisma.sql`SELECT ${Prisma.raw(EXPORT_COLUMNS_SQL)} FROM "AuditEvent"`;

type Row = {
  id: string; time: string; actorType: string; actorId: string | null; actorName: string; action: string; targetType: string | null;
  targetId: string | null; targetLabel: string | null; ip: string | null; userAgent: string | null; metadata: string; prevHash: string | null; hash: string;
};

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const NEEDS_CARE = new RegExp(`${FORMULA_START.source}|${NEEDS_QUOTES.source}`);

/**
 * One CSV cell (RFC 4180). A value that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) gets a leading apostrophe, so it is shown as text.
 */
export function csvCell(value: string | null): string {
  if (value === null) return "";
  // Most cells need neither; one test instead of two keeps large exports fast.
  if (!NEEDS_CARE.test(value)) return value;
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: (string | null)[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

const LABEL_CELLS = new Map(Object.keys(AUDIT_ACTIONS).map((action) => [action, csvCell(actionLabel(action))]));
const labelCell = (action: string) => LABEL_CELLS.get(action) ?? csvCell(action);

// One template per row rather than an array of cells: this runs for every exported event. id and
// time are digits and ISO text, and the hashes hex, so they never need quoting.
function eventLine(e: Row): string {
  // jsonb as text has a space after each ":" and ","; the export writes compact JSON.
  const metadata = e.metadata === "{}" ? "{}" : csvCell(JSON.stringify(JSON.parse(e.metadata)));
  return `${e.id},${e.time},${csvCell(e.actorType)},${csvCell(e.actorId)},${csvCell(e.actorName)},${csvCell(e.action)},${labelCell(e.action)},${csvCell(e.targetType)},${csvCell(e.targetId)},${csvCell(e.targetLabel)},${csvCell(e.ip)},${csvCell(e.userAgent)},${metadata},${e.prevHash ?? ""},${e.hash}\r\n`;
}

const FILTER_COLUMNS = new Set(["teamId", "id", "createdAt", "actorId", "action", "targetType", "targetId"]);
const OPERATORS: Record<string, string> = { equals: "=", gte: ">=", lt: "<" };

/**
 * auditWhere's filter as SQL, so the export holds exactly the events the audit page lists.
 * That filter is only equalities and gte/lt bounds; anything else is refused, not mistranslated.
 */
function conditionSql(where: Prisma.AuditEventWhereInput): Prisma.Sql {
  const parts = Object.entries(where).flatMap(([field, value]: [string, unknown]) => {
    const bounds = typeof value === "string" ? { equals: value } : value;
    if (!FILTER_COLUMNS.has(field) || typeof bounds !== "object" || bounds === null) throw new Error(`The CSV export cannot filter on ${field}`);
    return Object.entries(bounds).map(([op, bound]) => {
      if (!OPERATORS[op]) throw new Error(`The CSV export cannot filter on ${field} ${op}`);
      return Prisma.sql`${Prisma.raw(`"${field}"`)} ${Prisma.raw(OPERATORS[op])} ${bound}`;
    });
  });
  return Prisma.join(parts, " AND ");
}

/**
 * The team's events matching the query as CSV, newest first, in batches (keyset on id). The next
 * batch is read while the consumer takes the current one, and no further: memory stays flat at any size.
 */
export function auditCsvStream(db: Db, teamId: string, query: AuditQuery, batchSize = 5000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next: Promise<Row[]> | undefined;
  const batch = (condition: Prisma.Sql, before?: bigint) => {
    const after = before === undefined ? Prisma.empty : Prisma.sql`AND id < ${before}`;
    // Qualified, because a bare "id" in ORDER BY would be the text id of the select list.
    const rows = db.$queryRaw<Row[]>`${SELECT} WHERE ${condition} ${after} ORDER BY "AuditEvent".id DESC LIMIT ${batchSize}`;
    rows.catch(() => {}); // a read still in flight when the download is cancelled must not go unhandled
    return rows;
  };
  let condition: Prisma.Sql | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!condition) {
          condition = conditionSql(await auditWhere(db, teamId, query));
          next = batch(condition);
          controller.enqueue(encoder.encode(csvLine(COLUMNS)));
          return;
        }
        const rows = await next!;
        const more = rows.length === batchSize;
        next = more ? batch(condition, BigInt(rows[rows.length - 1].id)) : undefined;
        if (rows.length > 0) controller.enqueue(encoder.encode(rows.map(eventLine).join("")));
        if (!more) controller.close();
      },
      cancel() {
        next = undefined;
      },
    },
    { highWaterMark: 1 },
  );
}
