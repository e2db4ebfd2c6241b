import { ActionError } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";
import { formatCents } from "./money";

/** What the team's running resources cost per hour right now, in cents. */
export async function burnRateCents(client: Db | Tx, teamId: string): Promise<number> {
  const { _sum } = await client.resource.aggregate({ where: { teamId, runningSince: { not: null } }, _sum: { hourlyCostCents: true } });
  return _sum.hourlyCostCents ?? 0;
}

/** Refuses to start or create a paid resource that would take the burn rate over the limit.
 *  Call inside the action's transaction, after locking the team row. The limit is read from the
 *  locked row, not from `team`, so a limit lowered while the action waited for the lock counts. */
export async function assertWithinSpendLimit(tx: Tx, team: { id: string }, addedCents: number): Promise<void> {
  if (addedCents <= 0) return;
  const { hourlySpendLimitCents } = await tx.team.findUniqueOrThrow({ where: { id: team.id }, select: { hourlySpendLimitCents: true } });
  const current = await burnRateCents(tx, team.id);
  if (current + addedCents > hourlySpendLimitCents) {
    throw new ActionError(
      `This would raise the team's spend to ${formatCents(current + addedCents)} per hour, over its limit of ${formatCents(hourlySpendLimitCents)} per hour. Stop something else, or ask someone with billing access to raise the limit.`,
      undefined,
      422,
    );
  }
}
