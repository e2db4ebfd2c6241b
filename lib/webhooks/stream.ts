import type { Db } from "@/lib/db/client";
import { eventsBody } from "./payload";
import { postWebhook } from "./post";
import { UNREADABLE_SECRET, webhookSecret } from "./secret";

/** Events in one request. */
export const WEBHOOK_BATCH = 100;
/** Batches one endpoint is sent in one pass; the rest wait for the next. */
const BATCHES_PER_PASS = 10;
const LEASE_MS = 120_000;

/** How long to wait after `failures` failures in a row: 30 s, then doubling, at most an hour. */
export function retryDelayMs(failures: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failures - 1), 3_600_000);
}

type Claimed = { id: string; url: string; secretSealed: string; cursor: bigint; failures: number; teamId: string; slug: string; name: string };

/**
 * Sends every endpoint that is due the events after its cursor, in order, in signed batches. An
 * endpoint is leased while it is sent (several servers may run this), and the network calls are
 * made outside any transaction. Returns how many batches went and how many endpoints failed.
 */
export async function deliverDueWebhooks(db: Db, now = new Date()): Promise<{ delivered: number; failed: number }> {
  const claimed = await db.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT w.id FROM "AuditWebhook" w
      WHERE w."nextAttemptAt" <= ${now} AND (w."leaseUntil" IS NULL OR w."leaseUntil" < ${now})
        AND EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."teamId" = w."teamId" AND e.id > w.cursor)
      ORDER BY w."nextAttemptAt" LIMIT 20 FOR UPDATE SKIP LOCKED
    )
    UPDATE "AuditWebhook" w SET "leaseUntil" = ${new Date(now.getTime() + LEASE_MS)}
    FROM due, "Team" t WHERE w.id = due.id AND t.id = w."teamId"
    RETURNING w.id, w.url, w."secretSealed", w.cursor, w.failures, w."teamId", t.slug, t.name`;
  const totals = { delivered: 0, failed: 0 };
  for (const hook of claimed) {
    const result = await deliverBatches(db, hook, now);
    totals.delivered += result.delivered;
    if (!result.ok) totals.failed++;
  }
  return totals;
}

/** `failures` counts this one; the claim's lease keeps other passes off the row, so the pass knows the count. */
async function recordFailure(db: Db, hook: Claimed, cursor: bigint, failures: number, error: string, now: Date): Promise<void> {
  await db.$executeRaw`
    UPDATE "AuditWebhook" SET cursor = ${cursor}, failures = ${failures}, "failingSince" = COALESCE("failingSince", ${now}),
      "lastError" = ${error}, "nextAttemptAt" = ${new Date(now.getTime() + retryDelayMs(failures))}, "leaseUntil" = NULL
    WHERE id = ${hook.id}`;
}

async function deliverBatches(db: Db, hook: Claimed, now: Date): Promise<{ ok: boolean; delivered: number }> {
  const secret = webhookSecret(hook);
  if (secret === null) {
    await recordFailure(db, hook, hook.cursor, hook.failures + 1, UNREADABLE_SECRET, now);
    return { ok: false, delivered: 0 };
  }
  const team = { id: hook.teamId, slug: hook.slug, name: hook.name };
  let cursor = hook.cursor;
  let failures = hook.failures;
  let sent = 0;
  for (let batch = 0; batch < BATCHES_PER_PASS; batch++) {
    const events = await db.auditEvent.findMany({ where: { teamId: hook.teamId, id: { gt: cursor } }, orderBy: { id: "asc" }, take: WEBHOOK_BATCH });
    if (!events.length) break;
    const outcome = await postWebhook(hook.url, eventsBody(hook.id, team, events), secret, now);
    if (!outcome.ok) {
      await recordFailure(db, hook, cursor, failures + 1, outcome.error, now);
      return { ok: false, delivered: sent };
    }
    cursor = events[events.length - 1].id;
    failures = 0;
    sent++;
    await db.auditWebhook.updateMany({ where: { id: hook.id }, data: { cursor, deliveredAt: now, failures: 0, failingSince: null, lastError: null } });
  }
  await db.auditWebhook.updateMany({ where: { id: hook.id }, data: { leaseUntil: null } });
  return { ok: true, delivered: sent };
}
