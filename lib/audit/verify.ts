import type { Db } from "@/lib/db/client";
import { eventHash } from "./hash";

export type ChainReport = { ok: true; checked: number } | { ok: false; checked: number; brokenAt: string; reason: string };

/** Walks a team's events in order and reports the first one whose link or content does not match. */
export async function verifyTeamChain(db: Db, teamId: string, batchSize = 1000): Promise<ChainReport> {
  let prevHash: string | null = null;
  let checked = 0;
  let cursor: bigint | undefined;
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: { teamId, ...(cursor !== undefined ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
    });
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
