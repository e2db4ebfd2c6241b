import type { Db } from "@/lib/db/client";

const DAY_MS = 86_400_000;
/** Raw usage is kept for over a year by default, so last year's invoices can still be checked hour by hour. */
export const DEFAULT_USAGE_RETENTION_DAYS = 400;
/** Rows deleted per statement, so a prune never holds many locks or a long transaction. */
export const USAGE_PRUNE_BATCH = 10_000;

/** `--days 90` -> 90; the default without it; null for anything but a whole number of days from 1 on. */
export function retentionDaysArg(args: readonly string[]): number | null {
  const at = args.indexOf("--days");
  if (at === -1) return args.length === 0 ? DEFAULT_USAGE_RETENTION_DAYS : null;
  const days = Number(args[at + 1]);
  return args.length === 2 && /^\d+$/.test(args[at + 1] ?? "") && Number.isSafeInteger(days) && days >= 1 ? days : null;
}

/**
 * Deletes the hourly usage records that ended more than `days` ago, oldest first. Nothing reads
 * them once they are written: every report and invoice reads UsageDay, which the insert trigger
 * filled when they were written and which deleting them leaves as it is.
 */
export async function pruneUsageRecords(db: Db, days: number, now = new Date(), batchSize = USAGE_PRUNE_BATCH): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  let deleted = 0;
  for (;;) {
    const batch = await db.$executeRaw`
      DELETE FROM "UsageRecord" WHERE id IN (SELECT id FROM "UsageRecord" WHERE "endedAt" < ${cutoff} ORDER BY id LIMIT ${batchSize})`;
    deleted += batch;
    if (batch < batchSize) return deleted;
  }
}
