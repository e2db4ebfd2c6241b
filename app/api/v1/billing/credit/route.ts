import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/methods";
import { API } from "@/lib/api/registry";
import { creditEntryView } from "@/lib/api/views";
import { buyCredit } from "@/lib/billing/credit";
import { creditCursor, creditHistory } from "@/lib/billing/credit-history";
import { db } from "@/lib/db/client";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.listCreditHistory, async ({ input, member }) => {
    const { entries, next } = await creditHistory(db, member.team.id, creditCursor(input.cursor) ?? undefined);
    return { data: entries.map(creditEntryView), nextCursor: next === null ? null : String(next) };
  }),
  POST: apiRoute(API.addCredit, buyCredit),
});
