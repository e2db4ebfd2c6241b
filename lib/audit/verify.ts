import type { Db, Tx } from "@/lib/db/client";
import { eventHash } from "./hash";

export type ChainReport = { ok: true; checked: number } | { ok: false; checked: number; brokenAt: string; reason: string };

/**
 * Walks a team's events in order and reports the first one whose link or content does not match.
 * After a retention purge the chain starts at an anchor: the first remaining event's prevHash is
 * accepted when the team's latest "audit.purged" event names it as metadata.anchor, so dropping
 * the oldest events by hand is still reported.
 */
export async function verifyTeamChain(db: Db | Tx, teamId: string, batchSize = 1000): Promise<ChainReport> {
  let prevHash: string | null | undefined;
  let checked = 0;
  let cursor: bigint | undefined;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: { teamId, ...(cursor !== undefined ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (prevHash === undefined && batch.length > 0) prevHash = await anchorOf(db, teamId, batch[0].prevHash);
    for (const e of batch) {
      if (e.prevHash !== prevHash) return { ok: false, checked, brokenAt: e.id.toString(), reason: "does not link to the previous event" };
      if (eventHash(e) !== e.hash) return { ok: false, checked, brokenAt: e.id.toString(), reason: "content does not match its hash" };
      prevHash = e.hash;
      checked++;
    }
    if (batch.length < batchSize) return { ok: true, checked };
    cursor = batch[batch.length - 1].id;
  }
}

async function anchorOf(db: Db | Tx, teamId: string, firstPrevHash: string | null): Promise<string | null> {
  if (firstPrevHash === null) return null;
  const purge = await db.auditEvent.findFirst({ where: { teamId, action: "audit.purged" }, orderBy: { id: "desc" }, select: { metadata: true } });
  const anchor = (purge?.metadata as { anchor?: unknown } | undefined)?.anchor;
  return anchor === firstPrevHash ? firstPrevHash : null;
}
