import type { Db, Tx } from "@/lib/db/client";
import { appendEvent, lockChain } from "./append";

const DAY_MS = 86_400_000;
/** At most this many events are deleted per transaction, so a purge on write stays cheap. */
export const PURGE_BATCH = 5_000;
const RETENTION_ACTOR = { type: "system", id: null, name: "Audit retention" } as const;

/**
 * Deletes up to `limit` of the team's oldest events that are older than its retention and
 * records that in the chain itself: an "audit.purged" event whose metadata.anchor is the
 * prevHash the remaining chain now starts from (verifyTeamChain checks it). Only a prefix of
 * the chain is removed, so what remains still verifies. The caller holds the chain lock.
 */
export async function purgeTeamEvents(tx: Tx, teamId: string, retentionDays: number, now = new Date(), limit = PURGE_BATCH): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  // Ids grow with createdAt within a team (both are assigned under the chain lock).
  const firstKept = await tx.auditEvent.findFirst({ where: { teamId, createdAt: { gte: cutoff } }, orderBy: { createdAt: "asc" }, select: { id: true } });
  const expired = await tx.auditEvent.findMany({
    where: { teamId, ...(firstKept ? { id: { lt: firstKept.id } } : {}) },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  if (expired.length === 0) return 0;
  const { count } = await tx.auditEvent.deleteMany({ where: { teamId, id: { lte: expired[expired.length - 1].id } } });
  const first = await tx.auditEvent.findFirst({ where: { teamId }, orderBy: { id: "asc" }, select: { prevHash: true } });
  await appendEvent(tx, {
    teamId,
    actor: RETENTION_ACTOR,
    action: "audit.purged",
    metadata: { deleted: count, olderThan: cutoff.toISOString(), retentionDays, anchor: first?.prevHash ?? null },
  });
  return count;
}

const lastPurgeDay = new Map<string, string>();

/** Applies the team's retention at most once per team per day in this process (one cheap
 *  lookup otherwise); a run that hit the batch limit leaves the day open to continue. */
export async function purgeIfDue(tx: Tx, teamId: string, now = new Date()): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  if (lastPurgeDay.get(teamId) === today) return;
  const team = await tx.team.findUnique({ where: { id: teamId }, select: { auditRetentionDays: true } });
  const deleted = team?.auditRetentionDays ? await purgeTeamEvents(tx, teamId, team.auditRetentionDays, now) : 0;
  if (deleted < PURGE_BATCH) lastPurgeDay.set(teamId, today);
}

/** `npm run audit:purge`: applies every team's retention completely, one batch per transaction. */
export async function purgeAllTeams(db: Db, now = new Date()): Promise<{ slug: string; deleted: number }[]> {
  const teams = await db.team.findMany({ where: { auditRetentionDays: { not: null } }, select: { id: true, slug: true, auditRetentionDays: true }, orderBy: { slug: "asc" } });
  const report = [];
  for (const team of teams) {
    let deleted = 0;
    for (;;) {
      const batch = await db.$transaction(async (tx) => {
        await lockChain(tx, { teamId: team.id, actor: RETENTION_ACTOR });
        return purgeTeamEvents(tx, team.id, team.auditRetentionDays!, now);
      });
      deleted += batch;
      if (batch < PURGE_BATCH) break;
    }
    report.push({ slug: team.slug, deleted });
  }
  return report;
}
