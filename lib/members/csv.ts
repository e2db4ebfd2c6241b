import { csvLine } from "@/lib/csv/cell";
import type { Db } from "@/lib/db/client";
import { memberBatch, type MemberKey, type MemberRow } from "./list";
import type { MemberListQuery } from "./schemas";

const COLUMNS = ["Name", "Email", "Role", "Status", "Joined or invited (UTC)", "Invitation expires (UTC)", "Access ends (UTC)"];
const SECURITY_COLUMNS = ["Last active (UTC)", "Sign-in method", "2FA"];

const isoTime = (date: Date | null) => date && date.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");

function cells(row: MemberRow, security: boolean): (string | null)[] {
  const base = [row.name, row.email, row.roleName, row.status[0].toUpperCase() + row.status.slice(1), isoTime(row.date), isoTime(row.expiresAt), isoTime(row.accessEndsAt)];
  if (!security) return base;
  return [...base, isoTime(row.lastActiveAt), row.signInMethod, row.kind === "member" ? (row.totpEnabled ? "On" : "Off") : null];
}

/**
 * Every member and pending invitation the list query matches (all pages, in its order) as CSV,
 * read `batchSize` rows at a time as the download asks for them. The sign-in columns are there
 * only for those who may see them (members.security).
 */
export function memberCsvStream(db: Db, teamId: string, query: MemberListQuery, security: boolean, batchSize = 5000): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: MemberKey | null | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (after === undefined) {
          after = null;
          controller.enqueue(encoder.encode(csvLine(security ? [...COLUMNS, ...SECURITY_COLUMNS] : COLUMNS)));
          return;
        }
        const { rows, next } = await memberBatch(db, teamId, query, after, batchSize);
        if (rows.length > 0) controller.enqueue(encoder.encode(rows.map((row) => csvLine(cells(row, security))).join("")));
        if (next) after = next;
        else controller.close();
      },
    },
    { highWaterMark: 1 },
  );
}
