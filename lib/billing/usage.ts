import type { Tx } from "@/lib/db/client";
import { costForDuration, hourSpans } from "./money";

type RunningResource = { id: string; teamId: string; kind: string; name: string; creatorId: string; hourlyCostCents: number; runningSince: Date | null };

/**
 * Writes the usage of a running resource from `runningSince` up to `until`, one record per
 * UTC hour, and moves `runningSince` forward, so calling it again never bills twice.
 * Pass `stop: true` when the resource stops or is deleted.
 */
export async function accrueUsage(tx: Tx, resource: RunningResource, until: Date, { stop = false } = {}): Promise<void> {
  if (!resource.runningSince) return;
  const spans = hourSpans(resource.runningSince, until);
  const records = spans
    .map((span) => ({
      teamId: resource.teamId,
      resourceId: resource.id,
      resourceKind: resource.kind,
      resourceName: resource.name,
      userId: resource.creatorId,
      startedAt: span.start,
      endedAt: span.end,
      cents: costForDuration(resource.hourlyCostCents, span.end.getTime() - span.start.getTime()),
    }))
    .filter((r) => r.cents > 0 || r.endedAt.getTime() - r.startedAt.getTime() >= 60_000);
  if (records.length) await tx.usageRecord.createMany({ data: records });
  await tx.resource.update({ where: { id: resource.id }, data: { runningSince: stop ? null : until } });
}
