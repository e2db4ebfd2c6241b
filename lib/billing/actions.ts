"use server";

import { ActionError } from "@/lib/actions/result";
import { teamAction } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { lockTeam } from "@/lib/teams/lock";
import { cardLabel, parseExpiry } from "./card";
import { changeBudget } from "./budget";
import { buyCredit } from "./credit";
import { changeInvoiceEmail } from "./invoice-email";
import { generateDueInvoices, payOpenInvoices } from "./invoices";
import { formatCents, parseDollars } from "./money";
import { balanceDueCents } from "./overview";
import { paymentProvider } from "./provider";
import { budgetSchema, creditSchema, invoiceEmailSchema, paymentMethodIdSchema, paymentMethodSchema, spendLimitSchema } from "./schemas";

export const updateSpendLimit = teamAction("billing.manage", spendLimitSchema, async ({ input, member, actor, request, tx }) => {
  const team = member.team;
  const limitCents = parseDollars(input.limit) as number;
  await lockTeam(tx, team.id);
  await tx.team.update({ where: { id: team.id }, data: { hourlySpendLimitCents: limitCents } });
  await audit(tx, {
    teamId: team.id,
    actor,
    action: "billing.spend_limit_changed",
    target: { type: "team", id: team.id, label: team.name },
    metadata: { before: { hourlySpendLimitCents: team.hourlySpendLimitCents }, after: { hourlySpendLimitCents: limitCents } },
    request,
  });
  return { limitCents };
});

export const updateMonthlyBudget = teamAction("billing.manage", budgetSchema, changeBudget);

export const addCredit = teamAction("billing.manage", creditSchema, buyCredit);

export const updateInvoiceEmail = teamAction("billing.manage", invoiceEmailSchema, changeInvoiceEmail);

export const addPaymentMethod = teamAction("billing.manage", paymentMethodSchema, async ({ input, member, actor, request, tx, notify }) => {
  const teamId = member.team.id;
  const { month, year } = parseExpiry(input.expiry) as { month: number; year: number };
  await lockTeam(tx, teamId);
  const saved = await paymentProvider().saveCard({ number: input.cardNumber, expMonth: month, expYear: year, billingName: input.billingName });
  const isFirst = (await tx.paymentMethod.count({ where: { teamId } })) === 0;
  const method = await tx.paymentMethod.create({
    data: {
      teamId,
      ...saved,
      expMonth: month,
      expYear: year,
      billingName: input.billingName,
      addressLine: input.addressLine,
      city: input.city,
      postalCode: input.postalCode,
      country: input.country,
      isDefault: isFirst,
    },
  });
  await audit(tx, {
    teamId,
    actor,
    action: "billing.payment_method_added",
    target: { type: "payment_method", id: method.id, label: cardLabel(method) },
    metadata: { brand: method.brand, last4: method.last4, expMonth: month, expYear: year, isDefault: isFirst },
    request,
  });
  const paid = isFirst ? await payOpenInvoices(tx, teamId, actor, notify, request) : { count: 0, cents: 0 };
  return { id: method.id, paid };
});

export const setDefaultPaymentMethod = teamAction("billing.manage", paymentMethodIdSchema, async ({ input, member, actor, request, tx, notify }) => {
  const teamId = member.team.id;
  await lockTeam(tx, teamId);
  const method = await findMethod(tx, teamId, input.id);
  const previous = await tx.paymentMethod.findFirst({ where: { teamId, isDefault: true } });
  await tx.paymentMethod.updateMany({ where: { teamId, isDefault: true }, data: { isDefault: false } });
  await tx.paymentMethod.update({ where: { id: method.id }, data: { isDefault: true } });
  await audit(tx, {
    teamId,
    actor,
    action: "billing.default_payment_method_changed",
    target: { type: "payment_method", id: method.id, label: cardLabel(method) },
    metadata: { before: previous ? { id: previous.id, label: cardLabel(previous) } : null, after: { id: method.id, label: cardLabel(method) } },
    request,
  });
  const paid = await payOpenInvoices(tx, teamId, actor, notify, request);
  return { id: method.id, paid };
});

export const removePaymentMethod = teamAction("billing.manage", paymentMethodIdSchema, async ({ input, member, actor, request, tx, notify }) => {
  const teamId = member.team.id;
  await lockTeam(tx, teamId);
  const method = await findMethod(tx, teamId, input.id);
  const others = await tx.paymentMethod.findMany({ where: { teamId, id: { not: method.id } }, orderBy: { createdAt: "desc" } });
  if (!others.length) {
    const now = new Date();
    await generateDueInvoices(tx, teamId, now, notify);
    const due = await balanceDueCents(tx, teamId, now);
    if (due > 0) throw new ActionError(`This is the team's only payment method and ${formatCents(due)} is due. Add another card before removing this one.`, undefined, 409);
  }
  await tx.paymentMethod.delete({ where: { id: method.id } });
  const newDefault = method.isDefault ? others[0] : undefined;
  if (newDefault) await tx.paymentMethod.update({ where: { id: newDefault.id }, data: { isDefault: true } });
  await paymentProvider().removeCard(method.providerRef);
  await audit(tx, {
    teamId,
    actor,
    action: "billing.payment_method_removed",
    target: { type: "payment_method", id: method.id, label: cardLabel(method) },
    metadata: { wasDefault: method.isDefault, newDefault: newDefault ? { id: newDefault.id, label: cardLabel(newDefault) } : null },
    request,
  });
  return { id: method.id };
});

async function findMethod(tx: Tx, teamId: string, id: string) {
  const method = await tx.paymentMethod.findFirst({ where: { id, teamId } });
  if (!method) throw new ActionError("That payment method no longer exists. Reload the page.", undefined, 404);
  return method;
}
