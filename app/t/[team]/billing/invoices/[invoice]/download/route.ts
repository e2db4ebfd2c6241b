import { memberForRoute } from "@/lib/billing/access";
import { invoiceHtml } from "@/lib/billing/invoice-html";
import { findInvoice } from "@/lib/billing/invoices";
import { db } from "@/lib/db/client";

/** The invoice as a standalone HTML document: open it to print (or save as PDF), or download it. */
export async function GET(request: Request, { params }: { params: Promise<{ team: string; invoice: string }> }) {
  const { team, invoice: id } = await params;
  const member = await memberForRoute(team, "billing.read");
  if (member instanceof Response) return member;
  const invoice = await findInvoice(db, member.team.id, id);
  if (!invoice) return new Response("Not found.\n", { status: 404 });
  const billTo = await db.paymentMethod.findFirst({ where: { teamId: member.team.id, isDefault: true } });
  const attachment = new URL(request.url).searchParams.has("attachment");
  return new Response(invoiceHtml(invoice, member.team, billTo), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Disposition": `${attachment ? "attachment" : "inline"}; filename="${invoice.number}.html"`,
      "Cache-Control": "private, no-store",
    },
  });
}
