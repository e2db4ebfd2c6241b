import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { usageByMemberView } from "@/lib/api/views";
import { USAGE_PAGE_SIZE, usagePeriodFrom, usageReport } from "@/lib/billing/analytics";
import { db } from "@/lib/db/client";
import { pageCount } from "@/lib/validation/page-number";
import { routeMethods } from "@/lib/api/methods";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.getUsageByMember, async ({ input, member }) => {
    const page = input.cursor ? Number(input.cursor) : 1;
    const { period } = usagePeriodFrom(input, new Date());
    const report = await usageReport(db, member.team.id, period, page);
    return usageByMemberView(report, period, page < pageCount(report.memberCount, USAGE_PAGE_SIZE) ? String(page + 1) : null);
  }),
});
