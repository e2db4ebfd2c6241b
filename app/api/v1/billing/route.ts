import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { issueDueInvoices } from "@/lib/billing/invoices";
import { billingOverview } from "@/lib/billing/overview";
import { db } from "@/lib/db/client";
import { routeMethods } from "@/lib/api/methods";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.getBillingSummary, async ({ member }) => {
    const now = new Date();
    await issueDueInvoices(db, member.team.id, now);
    const o = await billingOverview(db, member.team.id, now);
    return {
      creditCents: o.creditCents,
      balanceDueCents: o.balanceDueCents,
      openInvoices: o.openInvoices,
      monthStart: o.monthStart.toISOString(),
      monthSpendCents: o.monthSpendCents,
      burnRateCents: o.burnRateCents,
      hourlySpendLimitCents: o.limitCents,
      invoiceEmail: o.invoiceEmail,
      monthlyBudgetCents: o.monthlyBudgetCents,
      daily: o.daily.map((d) => ({ day: d.day.toISOString(), cents: d.cents })),
    };
  }),
});
