import type { ReactNode } from "react";
import { BillingTabs } from "@/components/billing/billing-tabs";
import { PageHeader } from "@/components/layout/page-header";
import { requireBillingReader } from "@/lib/billing/access";

export default async function BillingLayout({ children, params }: { children: ReactNode; params: Promise<{ team: string }> }) {
  const member = await requireBillingReader((await params).team);
  return (
    <>
      <PageHeader title="Billing" description="Amounts in US dollars; days and months are UTC." />
      <BillingTabs slug={member.team.slug} />
      {children}
    </>
  );
}
