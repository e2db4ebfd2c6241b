import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { FORMULA_STARTS } from "@/lib/csv/cell";
import { poolOf, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { actionLabel, AUDIT_ACTIONS } from "./actions-catalogue";
import { auditWhere, type AuditQuery } from "./filters";

const HEADER = "id,time,actor_type,actor_id,actor,action,action_label,target_type,target_id,target,ip,user_agent,metadata,prev_hash,hash\n";

/**
 * A text cell as lib/csv/cell.ts writes it: a formula gets a leading apostrophe (COPY does the
 * quoting). ascii() compares code points; comparing text goes through the collation, 3x slower.
 */
const cell = (sql: string) => `CASE WHEN ascii(${sql}) IN (${FORMULA_STARTS.map((c) => c.codePointAt(0)).join(", ")}) THEN '''' || ${sql} ELSE ${sql} END`;

// One jsonb lookup per row, not a CASE comparing the action with every catalogue entry in turn.
const LABELS = Object.fromEntries(Object.keys(AUDIT_ACTIONS).map((action) => [action, actionLabel(action)]));
const LABEL_SQL = `COALESCE(${pg.escapeLiteral(JSON.stringify(LABELS))}::jsonb ->> action, action)`;

/**
 * The exported columns, formatted by PostgreSQL: the time exactly as Date.toISOString() writes it,
 * the action's label from the catalogue, metadata as jsonb text.
 */
const EXPORT_COLUMNS_SQL = [
  `"AuditEvent".id`,
  `to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  ...[`"actorType"`, `"actorId"`, `"actorName"`, "action", LABEL_SQL, `"targetType"`, `"targetId"`, `"targetLabel"`, "ip", `"userAgent"`].map(cell),
  "metadata",
  `"prevHash"`,
  "hash",
].join(", ");

type ExportBatch = { csv: Buffer; rows: number; next?: string };

/**
 * Up to `batchSize` events below `before` (all of them when fewer remain) as CSV, newest first.
 * COPY cannot take parameters, so `condition` is SQL with its values inlined (see conditionSql).
 * The batch's lowest id is found first, so the COPY itself is a plain range: `next` is where the
 * following batch starts, absent after the last one.
 */
export async function readExportBatch(client: pg.ClientBase, condition: string, batchSize: number, before?: string): Promise<ExportBatch> {
  const range = before === undefined ? condition : `${condition} AND "AuditEvent".id < ${BigInt(before)}`;
  const { rows } = await client.query<{ id: string }>(
    `SELECT id::text AS id FROM "AuditEvent" WHERE ${range} ORDER BY "AuditEvent".id DESC OFFSET ${batchSize - 1} LIMIT 1`,
  );
  const next = rows[0]?.id;
  const bounded = next === undefined ? range : `${range} AND "AuditEvent".id >= ${BigInt(next)}`;
  const copy = client.query(copyTo(`COPY (SELECT ${EXPORT_COLUMNS_SQL} FROM "AuditEvent" WHERE ${bounded} ORDER BY "AuditEvent".id DESC) TO STDOUT (FORMAT csv)`));
  const chunks: Buffer[] = [];
  for await (const chunk of copy) chunks.push(chunk as Buffer);
  return { csv: Buffer.concat(chunks), rows: copy.rowCount, next };
}

const FILTER_COLUMNS = new Set(["teamId", "id", "createdAt", "actorId", "action", "targetType", "targetId"]);
const OPERATORS: Record<string, string> = { equals: "=", gte: ">=", lt: "<" };

function literal(value: unknown): string {
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (typeof value === "bigint") return value.toString();
  // "createdAt" is a timestamp without time zone holding UTC, as Prisma writes it.
  if (value instanceof Date) return `${pg.escapeLiteral(value.toISOString())}::timestamp`;
  throw new Error(`The CSV export cannot compare with ${typeof value}`);
}

/**
 * auditWhere's filter as SQL, so the export holds exactly the events the audit page lists.
 * That filter is only equalities and gte/lt bounds; anything else is refused, not mistranslated.
 */
function conditionSql(where: Prisma.AuditEventWhereInput): string {
  return Object.entries(where)
    .flatMap(([field, value]: [string, unknown]) => {
      const bounds = typeof value === "string" ? { equals: value } : value;
      if (!FILTER_COLUMNS.has(field) || typeof bounds !== "object" || bounds === null) throw new Error(`The CSV export cannot filter on ${field}`);
      return Object.entries(bounds).map(([op, bound]) => {
        if (!OPERATORS[op]) throw new Error(`The CSV export cannot filter on ${field} ${op}`);
        return `"AuditEvent"."${field}" ${OPERATORS[op]} ${literal(bound)}`;
      });
    })
    .join(" AND ");
}

type Connections = Pick<pg.Pool, "connect">;

/**
 * The team's events matching the query as CSV, newest first, in batches that PostgreSQL formats
 * (COPY). Each batch is read whole and its connection returned before it is sent, so a slow
 * download holds no connection; the next batch is read while the consumer takes the current one,
 * and no further: memory stays flat at any size.
 */
export function auditCsvStream(db: Db, teamId: string, query: AuditQuery, batchSize = 5000, connections: Connections = poolOf(db)): ReadableStream<Uint8Array> {
  let condition: string | undefined;
  let next: Promise<ExportBatch> | undefined;
  const batch = async (before?: string) => {
    const client = await connections.connect();
    try {
      const read = await readExportBatch(client, condition!, batchSize, before);
      client.release();
      return read;
    } catch (error) {
      client.release(error as Error); // a connection that failed mid-COPY is not reused
      throw error;
    }
  };
  const readAhead = (before?: string) => {
    next = batch(before);
    next.catch(() => {}); // a read still in flight when the download is cancelled must not go unhandled
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (condition === undefined) {
          condition = conditionSql(await auditWhere(db, teamId, query));
          readAhead();
          controller.enqueue(new TextEncoder().encode(HEADER));
          return;
        }
        const { csv, next: before } = await next!;
        if (before === undefined) next = undefined;
        else readAhead(before);
        if (csv.length > 0) controller.enqueue(new Uint8Array(csv.buffer, csv.byteOffset, csv.length));
        if (before === undefined) controller.close();
      },
      cancel() {
        next = undefined;
      },
    },
    { highWaterMark: 1 },
  );
}
