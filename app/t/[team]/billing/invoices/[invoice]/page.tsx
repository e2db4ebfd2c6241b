import Link from "next/link";
import { notFound } from "next/navigation";
import { InvoiceLines } from "@/components/billing/invoice-lines";
import { InvoiceStatus } from "@/components/billing/invoice-status";
import { OpenInvoicesNotice } from "@/components/billing/open-invoices-notice";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireBillingReader } from "@/lib/billing/access";
import { findInvoice } from "@/lib/billing/invoices";
import { addUtcDays, dayLabel, monthLabel } from "@/lib/billing/period";
import { paymentLine } from "@/lib/billing/settlement";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";

export const metadata = { title: "Invoice" };

export default async function InvoicePage({ params }: { params: Promise<{ team: string; invoice: string }> }) {
  const { team, invoice: id } = await params;
  const member = await requireBillingReader(team);
  const invoice = await findInvoice(db, member.team.id, id);
  if (!invoice) notFound();
  const download = `/t/${member.team.slug}/billing/invoices/${invoice.id}/download`;
  return (
    <Card
      title={`Invoice for ${monthLabel(invoice.periodStart)}`}
      description={
        <>
          {invoice.number} · {dayLabel(invoice.periodStart)} – {dayLabel(addUtcDays(invoice.periodEnd, -1))} · issued {dayLabel(invoice.periodEnd)} ·{" "}
          <InvoiceStatus status={invoice.status} />
        </>
      }
      footer={
        <>
          <Link href={`/t/${member.team.slug}/billing/invoices`} className="text-sm underline underline-offset-2">
            All invoices
          </Link>
          <div className="flex flex-wrap gap-2">
            <a href={download} target="_blank" rel="noopener" className={buttonClass("secondary")}>
              Printable version
            </a>
            <a href={`${download}?format=pdf`} className={buttonClass("primary")}>
              Download PDF
            </a>
          </div>
        </>
      }
    >
      {invoice.status === "open" && (
        <div className="mb-4">
          <OpenInvoicesNotice slug={member.team.slug} mayManage={can(member, "billing.manage")}>
            This invoice is not paid yet. It is paid as soon as the team has a default card.
          </OpenInvoicesNotice>
        </div>
      )}
      <InvoiceLines invoice={invoice} />
      {invoice.status === "paid" && (
        <p className="mt-4 text-sm" data-testid="invoice-payment">
          {paymentLine(invoice)}
        </p>
      )}
    </Card>
  );
}
