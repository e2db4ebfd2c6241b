import type { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { appUrl } from "@/lib/app-url";
import { audit } from "@/lib/audit/record";
import { creditAddedSubject } from "@/lib/email/templates/credit-added";
import { changedBy } from "@/lib/members/notice";
import { lockTeam } from "@/lib/teams/lock";
import { cardLabel } from "./card";
import { recordCreditChange } from "./credit-history";
import { parseDollars } from "./money";
import { paymentProvider } from "./provider";
import { billingRecipients } from "./recipients";
import type { creditSchema } from "./schemas";

/**
 * Buys prepaid credit with the team's default card: charged now, added to the balance and its
 * history, audited, and receipted to the billing recipients. (Open invoices need no share of it: the same card already paid them.)
 */
export async function buyCredit({ input, member, actor, request, tx, notify }: TeamActionContext<z.output<typeof creditSchema>>) {
  const team = member.team;
  const amountCents = parseDollars(input.amount) as number;
  await lockTeam(tx, team.id);
  const card = await tx.paymentMethod.findFirst({ where: { teamId: team.id, isDefault: true } });
  if (!card) throw new ActionError("Credit is charged to the team's default card, and it has none. Add a card first.", undefined, 409);
  const { creditBalanceCents, invoiceEmail } = await tx.team.update({
    where: { id: team.id },
    data: { creditBalanceCents: { increment: amountCents } },
    select: { creditBalanceCents: true, invoiceEmail: true },
  });
  await recordCreditChange(tx, { teamId: team.id, kind: "purchase", amountCents, balanceAfterCents: creditBalanceCents, actorName: actor.name, card: cardLabel(card) });
  await audit(tx, {
    teamId: team.id,
    actor,
    action: "billing.credit_added",
    target: { type: "team", id: team.id, label: team.name },
    metadata: { amountCents, card: cardLabel(card), before: { creditBalanceCents: creditBalanceCents - amountCents }, after: { creditBalanceCents } },
    request,
  });
  const props = { teamName: team.name, by: changedBy(actor), amountCents, balanceCents: creditBalanceCents, cardLast4: card.last4, url: appUrl(`/t/${team.slug}/billing`) };
  for (const { name, email } of await billingRecipients(tx, { id: team.id, invoiceEmail })) {
    await notify({ to: email, subject: creditAddedSubject(team.name, amountCents), template: "creditAdded", props: { ...props, name } });
  }
  // Charged last, so that a decline (or anything failing before it) rolls every write back.
  if (!(await paymentProvider().charge(card.providerRef, amountCents, `Roster credit for ${team.name}`))) {
    throw new ActionError(`The card ending ${card.last4} was declined, so no credit was added and nothing was charged. Try another card.`, undefined, 409);
  }
  return { amountCents, balanceCents: creditBalanceCents };
}
