import { audit, type AuditActor } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockTeam } from "@/lib/teams/lock";
import { z } from "zod";
import { kindLabel } from "./kinds";
import { addUtcMonths, completedMonthsSince, isoDay, monthLabel, msToHours, startOfUtcMonth } from "./period";
import { paymentProvider } from "./provider";
import { firstUsageDay, spendByKind } from "./reports";
import { accrueUsage } from "./usage";

const BILLING_SYSTEM: AuditActor = { type: "system", id: null, name: "Billing" };

const ADDRESS = { billingName: true, addressLine: true, city: true, postalCode: true, country: true } as const;
const billingAddressSchema = z.object({ billingName: z.string(), addressLine: z.string(), city: z.string(), postalCode: z.string(), country: z.string() });
export type BillingAddress = z.infer<typeof billingAddressSchema>;

/** Whom an invoice was billed to, as it was when it was issued; null when the team had no card. */
export function billedToOf(invoice: { billedTo: unknown }): BillingAddress | null {
  return billingAddressSchema.safeParse(invoice.billedTo).data ?? null;
}

/**
 * Closes the books before anything shows a balance or the invoices: every billing read issues what
 * has come due first, so every reader sees the same figures even before the hourly job has run.
 * Returns how many it issued.
 */
export function issueDueInvoices(db: Db, teamId: string, now: Date): Promise<number> {
  return db.$transaction((tx) => generateDueInvoices(tx, teamId, now));
}

/**
 * The hourly job's pass: issues last month's invoice of every team that used something then (or
 * ran a resource into this month) and has none yet. Older months were the passes of their time;
 * a team's first billing read still issues any gap. Returns how many invoices it issued.
 */
export async function issueDueInvoicesOfAllTeams(db: Db, now: Date): Promise<number> {
  const month = startOfUtcMonth(now);
  const previous = addUtcMonths(month, -1);
  const teams = await db.$queryRaw<{ id: string }[]>`
    SELECT t.id FROM "Team" t
    WHERE NOT EXISTS (SELECT 1 FROM "Invoice" i WHERE i."teamId" = t.id AND i."periodStart" = ${previous})
      AND (EXISTS (SELECT 1 FROM "UsageDay" u WHERE u."teamId" = t.id AND u.day >= ${isoDay(previous)}::date AND u.day < ${isoDay(month)}::date)
        OR EXISTS (SELECT 1 FROM "Resource" r WHERE r."teamId" = t.id AND r."runningSince" < ${month}))`;
  let issued = 0;
  for (const team of teams) issued += await issueDueInvoices(db, team.id, now);
  return issued;
}

/**
 * Issues the invoice of every completed UTC month that has usage and no invoice yet: one line
 * per resource kind, summed in integer cents by Postgres. Billing reads and the hourly job call
 * it; it is idempotent (the team lock serialises them, @@unique([teamId, periodStart]) backs it
 * up) and audited as the Billing system.
 * Credit pays first, then the default card; with neither the invoice stays open.
 */
export async function generateDueInvoices(tx: Tx, teamId: string, now: Date): Promise<number> {
  await lockTeam(tx, teamId);
  await recordUsageUpTo(tx, teamId, startOfUtcMonth(now));
  const first = await firstUsageDay(tx, teamId);
  if (!first) return 0;
  const months = completedMonthsSince(first, now);
  const invoiced = await tx.invoice.findMany({ where: { teamId, periodStart: { in: months } }, select: { periodStart: true } });
  const done = new Set(invoiced.map((i) => i.periodStart.getTime()));
  let created = 0;
  for (const periodStart of months.filter((m) => !done.has(m.getTime()))) {
    if (await issueInvoice(tx, teamId, periodStart)) created++;
  }
  return created;
}

/** Resources running across the month boundary have usage not yet written for the closed month. */
async function recordUsageUpTo(tx: Tx, teamId: string, until: Date): Promise<void> {
  const running = await tx.resource.findMany({ where: { teamId, runningSince: { lt: until } } });
  for (const resource of running) await accrueUsage(tx, resource, until);
}

async function issueInvoice(tx: Tx, teamId: string, periodStart: Date): Promise<boolean> {
  const periodEnd = addUtcMonths(periodStart, 1);
  const kinds = await spendByKind(tx, teamId, periodStart, periodEnd);
  if (!kinds.length) return false;
  const totalCents = kinds.reduce((sum, k) => sum + k.cents, 0);
  const number = `INV-${periodStart.toISOString().slice(0, 7).replace("-", "")}-${teamId.toUpperCase()}`;
  const settlement = await settle(tx, teamId, totalCents, `Roster ${number}`);
  const billedTo = await tx.paymentMethod.findFirst({ where: { teamId, isDefault: true }, select: ADDRESS });
  const invoice = await tx.invoice.create({
    data: {
      teamId,
      number,
      periodStart,
      periodEnd,
      totalCents,
      billedTo: billedTo ?? Prisma.DbNull,
      status: settlement.paid ? "paid" : "open",
      lines: {
        create: kinds.map((k) => ({
          kind: k.kind,
          description: `${kindLabel(k.kind)} (${k.resources} ${k.resources === 1 ? "resource" : "resources"})`,
          hours: msToHours(k.ms),
          amountCents: k.cents,
        })),
      },
    },
  });
  await audit(tx, {
    teamId,
    actor: BILLING_SYSTEM,
    action: "invoice.generated",
    target: { type: "invoice", id: invoice.id, label: `${number} (${monthLabel(periodStart)})` },
    metadata: { totalCents, status: invoice.status, creditAppliedCents: settlement.creditCents, chargedCents: settlement.chargedCents },
  });
  return true;
}

/** Pays from credit, then charges the rest to the default card; does nothing unless it can pay in full. */
async function settle(tx: Tx, teamId: string, totalCents: number, description: string) {
  const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { creditBalanceCents: true } });
  const creditCents = Math.min(team.creditBalanceCents, totalCents);
  const rest = totalCents - creditCents;
  const card = rest > 0 ? await tx.paymentMethod.findFirst({ where: { teamId, isDefault: true } }) : null;
  const paid = rest === 0 || (card !== null && (await paymentProvider().charge(card.providerRef, rest, description)));
  if (!paid) return { paid, creditCents: 0, chargedCents: 0 };
  if (creditCents) await tx.team.update({ where: { id: teamId }, data: { creditBalanceCents: { decrement: creditCents } } });
  return { paid, creditCents, chargedCents: rest };
}

export function listInvoices(client: Db, teamId: string) {
  return client.invoice.findMany({ where: { teamId }, orderBy: { periodStart: "desc" } });
}

export function findInvoice(client: Db, teamId: string, id: string) {
  return client.invoice.findFirst({ where: { id, teamId }, include: { lines: { orderBy: { kind: "asc" } } } });
}

export type InvoiceWithLines = NonNullable<Awaited<ReturnType<typeof findInvoice>>>;
