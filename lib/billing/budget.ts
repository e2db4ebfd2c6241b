import type { z } from "zod";
import { withNotices, type Notify } from "@/lib/actions/notices";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { appUrl } from "@/lib/app-url";
import { audit } from "@/lib/audit/record";
import type { Db, Tx } from "@/lib/db/client";
import { budgetReachedSubject } from "@/lib/email/templates/budget-reached";
import { lockTeam } from "@/lib/teams/lock";
import { BUDGET_ALERT_PERCENTS, percentOfBudget } from "./bounds";
import { BILLING_SYSTEM } from "./invoices";
import { monthToDateCents } from "./overview";
import { monthLabel, startOfUtcMonth } from "./period";
import { billingRecipients } from "./recipients";
import type { budgetSchema } from "./schemas";

/** The highest alert share of `budgetCents` that `spentCents` has reached; 0 below the first. */
export function budgetPercentReached(spentCents: number, budgetCents: number): number {
  const spent = percentOfBudget(spentCents, budgetCents);
  return BUDGET_ALERT_PERCENTS.filter((percent) => spent >= percent).at(-1) ?? 0;
}

/**
 * Tells the team's billing recipients when this month's spend has reached a share of its monthly
 * budget (50, 80, 100%) they were not told of yet this month, audited as the Billing system.
 * The caller holds the team lock. Returns the share it told of, or null.
 */
export async function alertBudget(tx: Tx, teamId: string, now: Date, notify: Notify): Promise<number | null> {
  const team = await tx.team.findUniqueOrThrow({ where: { id: teamId }, select: { id: true, name: true, slug: true, invoiceEmail: true, monthlyBudgetCents: true, budgetAlertMonth: true, budgetAlertPercent: true } });
  const budgetCents = team.monthlyBudgetCents;
  if (!budgetCents) return null;
  const month = startOfUtcMonth(now);
  const told = team.budgetAlertMonth?.getTime() === month.getTime() ? team.budgetAlertPercent : 0;
  const spentCents = await monthToDateCents(tx, teamId, now);
  const percent = budgetPercentReached(spentCents, budgetCents);
  if (percent <= told) return null;
  await tx.team.update({ where: { id: teamId }, data: { budgetAlertMonth: month, budgetAlertPercent: percent } });
  await audit(tx, {
    teamId,
    actor: BILLING_SYSTEM,
    action: "billing.budget_reached",
    target: { type: "team", id: teamId, label: team.name },
    metadata: { percent, spentCents, budgetCents, month: month.toISOString() },
  });
  const props = { teamName: team.name, month: monthLabel(month), percent, spentCents, budgetCents, url: appUrl(`/t/${team.slug}/billing`) };
  for (const { name, email } of await billingRecipients(tx, team)) {
    await notify({ to: email, subject: budgetReachedSubject(team.name, percent, monthLabel(month)), template: "budgetReached", props: { ...props, name } });
  }
  return percent;
}

/**
 * Sets (or turns off) the monthly budget. Alerts start over for the new budget: if this month's
 * spend has already reached a share of it, its recipients are told at once.
 */
export async function changeBudget({ input, member, actor, request, tx, notify }: TeamActionContext<z.output<typeof budgetSchema>>) {
  const team = member.team;
  await lockTeam(tx, team.id);
  const { monthlyBudgetCents: before } = await tx.team.findUniqueOrThrow({ where: { id: team.id }, select: { monthlyBudgetCents: true } });
  const after = input.budget;
  if (before === after) return { monthlyBudgetCents: after, alertedPercent: null };
  await tx.team.update({ where: { id: team.id }, data: { monthlyBudgetCents: after, budgetAlertMonth: null, budgetAlertPercent: 0 } });
  await audit(tx, {
    teamId: team.id,
    actor,
    action: "billing.budget_changed",
    target: { type: "team", id: team.id, label: team.name },
    metadata: { before: { monthlyBudgetCents: before }, after: { monthlyBudgetCents: after } },
    request,
  });
  return { monthlyBudgetCents: after, alertedPercent: await alertBudget(tx, team.id, new Date(), notify) };
}

/** The hourly job's pass: checks every team with a monthly budget. Returns how many teams it alerted. */
export async function alertBudgetsOfAllTeams(db: Db, now: Date): Promise<number> {
  const teams = await db.team.findMany({ where: { monthlyBudgetCents: { not: null } }, select: { id: true } });
  let alerted = 0;
  for (const { id } of teams) {
    const percent = await withNotices(db, async (tx, notify) => {
      await lockTeam(tx, id);
      return alertBudget(tx, id, now, notify);
    });
    if (percent) alerted++;
  }
  return alerted;
}
