import type { z } from "zod";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { appUrl } from "@/lib/app-url";
import { audit } from "@/lib/audit/record";
import { invoiceEmailSubject } from "@/lib/email/templates/invoice-email-changed";
import { changedBy } from "@/lib/members/notice";
import { lockTeam } from "@/lib/teams/lock";
import type { invoiceEmailSchema } from "./schemas";

/**
 * Sets (or clears) the address invoices are mailed to. The new address is told it will receive them,
 * and the one it replaces that it no longer does, so a typo or an unwanted change shows up at once.
 */
export async function changeInvoiceEmail({ input, member, actor, request, tx, notify }: TeamActionContext<z.output<typeof invoiceEmailSchema>>): Promise<{ invoiceEmail: string | null }> {
  const team = member.team;
  await lockTeam(tx, team.id);
  const { invoiceEmail: before } = await tx.team.findUniqueOrThrow({ where: { id: team.id }, select: { invoiceEmail: true } });
  const after = input.invoiceEmail;
  if (before === after) return { invoiceEmail: after };
  await tx.team.update({ where: { id: team.id }, data: { invoiceEmail: after } });
  await audit(tx, {
    teamId: team.id,
    actor,
    action: "billing.invoice_email_changed",
    target: { type: "team", id: team.id, label: team.name },
    metadata: { before: { invoiceEmail: before }, after: { invoiceEmail: after } },
    request,
  });
  const props = { teamName: team.name, by: changedBy(actor), url: appUrl(`/t/${team.slug}/billing`) };
  if (after) await notify({ to: after, subject: invoiceEmailSubject(team.name, true), template: "invoiceEmailChanged", props: { ...props, receives: true } });
  if (before) await notify({ to: before, subject: invoiceEmailSubject(team.name, false), template: "invoiceEmailChanged", props: { ...props, receives: false } });
  return { invoiceEmail: after };
}
