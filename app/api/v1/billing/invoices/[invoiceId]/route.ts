import { ActionError } from "@/lib/actions/result";
import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/methods";
import { API } from "@/lib/api/registry";
import { invoiceWithLinesView } from "@/lib/api/views";
import { findInvoice } from "@/lib/billing/invoices";
import { db } from "@/lib/db/client";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.getInvoice, async ({ input, member }) => {
    const invoice = await findInvoice(db, member.team.id, input.invoiceId);
    if (!invoice) throw new ActionError("There is no invoice with that id in this team.", undefined, 404);
    return invoiceWithLinesView(invoice);
  }),
});
