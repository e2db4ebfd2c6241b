import { withNotices, type Notify } from "@/lib/actions/notices";
import { appUrl } from "@/lib/app-url";
import { audit, type AuditActor, type RequestContext } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { invoiceIssuedSubject } from "@/lib/email/templates/invoice-issued";
import { lockTeam } from "@/lib/teams/lock";
import { z } from "zod";
import { invoicePdf } from "./invoice-pdf";
import { kindLabel } from "./kinds";
import { addUtcMonths, completedMonthsSince, isoDay, monthLabel, msToHours, startOfUtcMonth } from "./period";
import { payInvoice } from "./payment";
import type { InvoiceSettlement } from "./settlement";
import { billingRecipients } from "./recipients";
import { firstUsageDay, spendByKind } from "./reports";
import { accrueUsage } from "./usage";

/** Who the audit log names for what billing does by itself. */
export const BILLING_SYSTEM: AuditActor = { type: "system", id: null, name: "Billing" };

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
 * Those who may manage billing are mailed each invoice once it is committed. Returns how many it issued.
 */
export function issueDueInvoices(db: Db, teamId: string, now: Date): Promise<number> {
  return withNotices(db, (tx, notify) => generateDueInvoices(tx, teamId, now, notify));
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
 * per resource kind, summed in integer cents by Postgres, and mails it (`notify`) to those who may
 * manage billing. Billing reads and the hourly job call it; it is idempotent (the team lock
 * serialises them, @@unique([teamId, periodStart]) backs it up) and audited as the Billing system.
 * Credit pays first, then the default card; with neither the invoice stays open.
 */
export async function generateDueInvoices(tx: Tx, teamId: string, now: Date, notify: Notify): Promise<number> {
  await lockTeam(tx, teamId);
  await recordUsageUpTo(tx, teamId, startOfUtcMonth(now));
  const first = await firstUsageDay(tx, teamId);
  if (!first) return 0;
  const months = completedMonthsSince(first, now);
  const invoiced = await tx.invoice.findMany({ where: { teamId, periodStart: { in: months } }, select: { periodStart: true } });
  const done = new Set(invoiced.map((i) => i.periodStart.getTime()));
  let created = 0;
  for (const periodStart of months.filter((m) => !done.has(m.getTime()))) {
    if (await issueInvoice(tx, teamId, periodStart, notify)) created++;
  }
  return created;
}

/** Resources running across the month boundary have usage not yet written for the closed month. */
async function recordUsageUpTo(tx: Tx, teamId: string, until: Date): Promise<void> {
  const running = await tx.resource.findMany({ where: { teamId, runningSince: { lt: until } } });
  for (const resource of running) await accrueUsage(tx, resource, until);
}

async function issueInvoice(tx: Tx, teamId: string, periodStart: Date, notify: Notify): Promise<boolean> {
  const periodEnd = addUtcMonths(periodStart, 1);
  const kinds = await spendByKind(tx, teamId, periodStart, periodEnd);
  if (!kinds.length) return false;
  const totalCents = kinds.reduce((sum, k) => sum + k.cents, 0);
  const number = `INV-${periodStart.toISOString().slice(0, 7).replace("-", "")}-${teamId.toUpperCase()}`;
  const billedTo = await tx.paymentMethod.findFirst({ where: { teamId, isDefault: true }, select: ADDRESS });
  const invoice = await tx.invoice.create({
    data: {
      teamId,
      number,
      periodStart,
      periodEnd,
      totalCents,
      billedTo: billedTo ?? Prisma.DbNull,
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
  const settlement = await payInvoice(tx, invoice, new Date());
  await audit(tx, {
    teamId,
    actor: BILLING_SYSTEM,
    action: "invoice.generated",
    target: { type: "invoice", id: invoice.id, label: invoiceLabel(invoice) },
    metadata: { totalCents, status: settlement.paid ? "paid" : "open", creditAppliedCents: settlement.creditCents, chargedCents: settlement.chargedCents },
  });
  await mailInvoice(tx, notify, invoice, settlement);
  return true;
}

/** How the audit log names an invoice: "INV-202610-… (October 2026)". */
const invoiceLabel = (invoice: { number: string; periodStart: Date }) => `${invoice.number} (${monthLabel(invoice.periodStart)})`;

/** Mails the invoice, with its PDF, to its billing recipients: that it was issued, and how it was paid. */
async function mailInvoice(tx: Tx, notify: Notify, { id, teamId }: { id: string; teamId: string }, settlement: InvoiceSettlement) {
  const [invoice, team] = await Promise.all([
    findInvoice(tx, teamId, id).then((found) => found!),
    tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { id: true, name: true, slug: true, invoiceEmail: true } }),
  ]);
  const recipients = await billingRecipients(tx, team);
  const month = monthLabel(invoice.periodStart);
  const pdf = { filename: `${invoice.number}.pdf`, content: Buffer.from(invoicePdf(invoice, team, billedToOf(invoice))).toString("base64") };
  for (const { name, email } of recipients) {
    await notify({
      to: email,
      subject: invoiceIssuedSubject(team.name, month, invoice.totalCents, settlement.paid),
      template: "invoiceIssued",
      props: { name, teamName: team.name, month, totalCents: invoice.totalCents, settlement, url: appUrl(`/t/${team.slug}/billing/invoices/${invoice.id}`) },
      attachments: [pdf],
    });
  }
}

/**
 * Pays the team's open invoices, oldest first, from credit and then the default card, as issuing
 * would have: called when the team gets a default card. Stops at the first the card does not pay.
 * Each payment is audited as the member whose change made it, and mailed as issuing mails an
 * invoice (now saying it was paid). Returns what it paid.
 */
export async function payOpenInvoices(tx: Tx, teamId: string, actor: AuditActor, notify: Notify, request?: RequestContext): Promise<{ count: number; cents: number }> {
  const open = await tx.invoice.findMany({ where: { teamId, status: "open" }, orderBy: { periodStart: "asc" }, select: { id: true, teamId: true, number: true, periodStart: true, totalCents: true } });
  const paid = { count: 0, cents: 0 };
  for (const invoice of open) {
    const settlement = await payInvoice(tx, invoice, new Date());
    if (!settlement.paid) break;
    await audit(tx, {
      teamId,
      actor,
      action: "invoice.paid",
      target: { type: "invoice", id: invoice.id, label: invoiceLabel(invoice) },
      metadata: { totalCents: invoice.totalCents, creditAppliedCents: settlement.creditCents, chargedCents: settlement.chargedCents },
      request,
    });
    await mailInvoice(tx, notify, invoice, settlement);
    paid.count++;
    paid.cents += invoice.totalCents;
  }
  return paid;
}

export function listInvoices(client: Db, teamId: string) {
  return client.invoice.findMany({ where: { teamId }, orderBy: { periodStart: "desc" } });
}

export function findInvoice(client: Db | Tx, teamId: string, id: string) {
  return client.invoice.findFirst({ where: { id, teamId }, include: { lines: { orderBy: { kind: "asc" } } } });
}

export type InvoiceWithLines = NonNullable<Awaited<ReturnType<typeof findInvoice>>>;
