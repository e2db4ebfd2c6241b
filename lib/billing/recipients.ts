import type { Tx } from "@/lib/db/client";
import { accessCurrentWhere } from "@/lib/members/access-current";
import { membershipsHolding } from "@/lib/permissions";

/** Who is mailed a team's invoices and receipts; `name` is null for the team's invoice email. */
export type BillingRecipient = { name: string | null; email: string };

/** The team's invoice email when it has one, or else each member who may manage its billing and whose access has not ended. */
export async function billingRecipients(tx: Tx, { id: teamId, invoiceEmail }: { id: string; invoiceEmail: string | null }): Promise<BillingRecipient[]> {
  if (invoiceEmail) return [{ name: null, email: invoiceEmail }];
  const managers = await tx.membership.findMany({ where: { teamId, AND: [membershipsHolding("billing.manage"), accessCurrentWhere()] }, select: { user: { select: { name: true, email: true } } } });
  return managers.map((m) => m.user);
}
