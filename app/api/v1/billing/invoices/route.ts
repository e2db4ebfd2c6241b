import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/methods";
import { API } from "@/lib/api/registry";
import { invoiceView } from "@/lib/api/views";
import { issueDueInvoices, listInvoices } from "@/lib/billing/invoices";
import { db } from "@/lib/db/client";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.listInvoices, async ({ member }) => {
    await issueDueInvoices(db, member.team.id, new Date());
    return { data: (await listInvoices(db, member.team.id)).map(invoiceView) };
  }),
});
