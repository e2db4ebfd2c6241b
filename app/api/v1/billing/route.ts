import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { billingOverview } from "@/lib/billing/overview";

export const GET = apiRoute(API.getBillingSummary, async ({ member, tx }) => {
  const o = await billingOverview(tx, member.team.id, new Date());
  return {
    creditCents: o.creditCents,
    balanceDueCents: o.balanceDueCents,
    monthStart: o.monthStart.toISOString(),
    monthSpendCents: o.monthSpendCents,
    burnRateCents: o.burnRateCents,
    hourlySpendLimitCents: o.limitCents,
    daily: o.daily.map((d) => ({ day: d.day.toISOString(), cents: d.cents })),
  };
});
