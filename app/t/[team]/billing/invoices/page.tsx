import { InvoiceTable } from "@/components/billing/invoice-table";
import { Card } from "@/components/ui/card";
import { requireBillingReader } from "@/lib/billing/access";
import { issueDueInvoices, listInvoices } from "@/lib/billing/invoices";
import { db } from "@/lib/db/client";

export const metadata = { title: "Invoices" };

export default async function InvoicesPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireBillingReader((await params).team);
  await issueDueInvoices(db, member.team.id, new Date());
  const invoices = await listInvoices(db, member.team.id);
  return (
    <Card title="Invoices" description="One invoice per calendar month (UTC), dated the day after it ends, with a line per resource kind.">
      <InvoiceTable slug={member.team.slug} invoices={invoices} />
    </Card>
  );
}
