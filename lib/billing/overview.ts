import type { Db, Tx } from "@/lib/db/client";
import { costForDuration } from "./money";
import { addUtcMonths, startOfUtcMonth } from "./period";
import { allTimeSpendCents, spendByDay, totalSpendCents } from "./reports";
import { burnRateCents } from "./spend-limit";

type Client = Db | Tx;

type Running = { hourlyCostCents: number; runningSince: Date | null };

const runningResources = (client: Client, teamId: string): Promise<Running[]> =>
  client.resource.findMany({ where: { teamId, runningSince: { not: null } }, select: { hourlyCostCents: true, runningSince: true } });

/** What running resources have cost since `from` but not yet written as usage records. */
function unrecordedCents(running: Running[], from: Date, now: Date): number {
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
  return (await teamBalance(client, teamId, now)).dueCents;
}

/** The balance due, and the credit left once it has paid everything used so far. */
export async function teamBalance(client: Client, teamId: string, now: Date): Promise<{ dueCents: number; creditLeftCents: number }> {
  const [team, running] = await Promise.all([
    client.team.findUniqueOrThrow({ where: { id: teamId }, select: { creditBalanceCents: true } }),
    runningResources(client, teamId),
  ]);
  return balance(client, teamId, team.creditBalanceCents, running, now);
}

/** The balance due, the open invoices in it, and the credit left over. */
async function balance(client: Client, teamId: string, creditCents: number, running: Running[], now: Date) {
  const [open, invoiced, used] = await Promise.all([
    client.invoice.aggregate({ where: { teamId, status: "open" }, _sum: { totalCents: true }, _count: true }),
    client.invoice.aggregate({ where: { teamId }, _sum: { totalCents: true } }),
    allTimeSpendCents(client, teamId),
  ]);
  const openCents = open._sum.totalCents ?? 0;
  const uninvoiced = used - (invoiced._sum.totalCents ?? 0) + unrecordedCents(running, new Date(0), now);
  const owed = openCents + uninvoiced;
  return { dueCents: Math.max(0, owed - creditCents), creditLeftCents: Math.max(0, creditCents - owed), open: { count: open._count, cents: openCents } };
}

/** Spend so far in the UTC month of `now`, with what running resources have cost since their last usage record (billingOverview reads the same with its other figures). */
export async function monthToDateCents(client: Client, teamId: string, now: Date): Promise<number> {
  const monthStart = startOfUtcMonth(now);
  const [recorded, running] = await Promise.all([totalSpendCents(client, teamId, monthStart, addUtcMonths(monthStart, 1)), runningResources(client, teamId)]);
  return recorded + unrecordedCents(running, monthStart, now);
}

export type BillingOverview = {
  creditCents: number;
  balanceDueCents: number;
  /** The invoices issued but not paid (no card when they were issued, or the card declined). */
  openInvoices: { count: number; cents: number };
  monthStart: Date;
  monthSpendCents: number;
  daily: { day: Date; cents: number }[];
  burnRateCents: number;
  limitCents: number;
  /** Where invoices are mailed; null: to everyone who may manage billing. */
  invoiceEmail: string | null;
  /** Null: no budget alerts. */
  monthlyBudgetCents: number | null;
};

export async function billingOverview(client: Client, teamId: string, now: Date): Promise<BillingOverview> {
  const monthStart = startOfUtcMonth(now);
  const monthEnd = addUtcMonths(monthStart, 1);
  const [team, running, recorded, daily, burnRate] = await Promise.all([
    client.team.findUniqueOrThrow({ where: { id: teamId }, select: { creditBalanceCents: true, hourlySpendLimitCents: true, invoiceEmail: true, monthlyBudgetCents: true } }),
    runningResources(client, teamId),
    totalSpendCents(client, teamId, monthStart, monthEnd),
    spendByDay(client, teamId, monthStart, monthEnd),
    burnRateCents(client, teamId),
  ]);
  const due = await balance(client, teamId, team.creditBalanceCents, running, now);
  return {
    creditCents: team.creditBalanceCents,
    balanceDueCents: due.dueCents,
    openInvoices: due.open,
    monthStart,
    monthSpendCents: recorded + unrecordedCents(running, monthStart, now),
    daily,
    burnRateCents: burnRate,
    limitCents: team.hourlySpendLimitCents,
    invoiceEmail: team.invoiceEmail,
    monthlyBudgetCents: team.monthlyBudgetCents,
  };
}
