import { invoiceHtml } from "@/lib/billing/invoice-html";
import { invoicePdf } from "@/lib/billing/invoice-pdf";
import { billedToOf, findInvoice } from "@/lib/billing/invoices";
import { db } from "@/lib/db/client";
import { memberForRoute, plainText } from "@/lib/teams/member-for-route";

/** `?format=pdf` downloads the invoice as a PDF; otherwise it opens as a printable HTML document. */
export async function GET(request: Request, { params }: { params: Promise<{ team: string; invoice: string }> }) {
  const { team, invoice: id } = await params;
  const allowed = await memberForRoute(team, "billing.read");
  if (allowed instanceof Response) return allowed;
  const { member } = allowed;
  const invoice = await findInvoice(db, member.team.id, id);
  if (!invoice) return plainText(404, "This invoice does not exist in this team.");
  const billTo = billedToOf(invoice);
  if (new URL(request.url).searchParams.get("format") === "pdf") {
    return new Response(Buffer.from(invoicePdf(invoice, member.team, billTo)), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${invoice.number}.pdf"`, "Cache-Control": "private, no-store" },
    });
  }
  return new Response(invoiceHtml(invoice, member.team, billTo), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Disposition": `inline; filename="${invoice.number}.html"`, "Cache-Control": "private, no-store" },
  });
}
