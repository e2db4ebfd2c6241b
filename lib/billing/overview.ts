import type { Db, Tx } from "@/lib/db/client";
import { costForDuration } from "./money";
import { addUtcMonths, startOfUtcMonth } from "./period";
import { allTimeSpendCents, spendByDay, totalSpendCents } from "./reports";
import { burnRateCents } from "./spend-limit";

type Client = Db | Tx;

/** What running resources have cost since `from` but not yet written as usage records. */
async function unrecordedCents(client: Client, teamId: string, from: Date, now: Date): Promise<number> {
  const running = await client.resource.findMany({ where: { teamId, runningSince: { not: null } }, select: { hourlyCostCents: true, runningSince: true } });
  return running.reduce((sum, r) => {
    const since = Math.max(r.runningSince!.getTime(), from.getTime());
    return sum + costForDuration(r.hourlyCostCents, now.getTime() - since);
  }, 0);
}

/**
 * Open invoices plus everything used but not yet invoiced, less prepaid credit. Invoices
 * cover exactly the usage of their months, so "not yet invoiced" is all usage minus all invoices.
 */
export async function balanceDueCents(client: Client, teamId: string, now: Date): Promise<number> {
  const team = await client.team.findUniqueOrThrow({ where: { id: teamId }, select: { creditBalanceCents: true } });
  const open = await client.invoice.aggregate({ where: { teamId, status: "open" }, _sum: { totalCents: true } });
  const invoiced = await client.invoice.aggregate({ where: { teamId }, _sum: { totalCents: true } });
  const used = await allTimeSpendCents(client, teamId);
  const unrecorded = await unrecordedCents(client, teamId, new Date(0), now);
  const uninvoiced = used - (invoiced._sum.totalCents ?? 0) + unrecorded;
  return Math.max(0, (open._sum.totalCents ?? 0) + uninvoiced - team.creditBalanceCents);
}

export type BillingOverview = {
  creditCents: number;
  balanceDueCents: number;
  monthStart: Date;
  monthSpendCents: number;
  daily: { day: Date; cents: number }[];
  burnRateCents: number;
  limitCents: number;
};

export async function billingOverview(client: Client, teamId: string, now: Date): Promise<BillingOverview> {
  const monthStart = startOfUtcMonth(now);
  const monthEnd = addUtcMonths(monthStart, 1);
  const team = await client.team.findUniqueOrThrow({ where: { id: teamId }, select: { creditBalanceCents: true, hourlySpendLimitCents: true } });
  return {
    creditCents: team.creditBalanceCents,
    balanceDueCents: await balanceDueCents(client, teamId, now),
    monthStart,
    monthSpendCents: (await totalSpendCents(client, teamId, monthStart, monthEnd)) + (await unrecordedCents(client, teamId, monthStart, now)),
    daily: await spendByDay(client, teamId, monthStart, monthEnd),
    burnRateCents: await burnRateCents(client, teamId),
    limitCents: team.hourlySpendLimitCents,
  };
}
