import Link from "next/link";
import { CreditHistoryTable } from "@/components/billing/credit-history-table";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireBillingReader } from "@/lib/billing/access";
import { creditCursor, creditHistory } from "@/lib/billing/credit-history";
import { issueDueInvoices } from "@/lib/billing/invoices";
import { formatCents } from "@/lib/billing/money";
import { db } from "@/lib/db/client";

export const metadata = { title: "Credit history" };

export default async function CreditHistoryPage({ params, searchParams }: { params: Promise<{ team: string }>; searchParams: Promise<{ cursor?: string | string[] }> }) {
  const member = await requireBillingReader((await params).team);
  const cursor = creditCursor((await searchParams).cursor);
  const base = `/t/${member.team.slug}/billing/credit`;
  await issueDueInvoices(db, member.team.id, new Date());
  const [team, history] = await Promise.all([
    db.team.findUniqueOrThrow({ where: { id: member.team.id }, select: { creditBalanceCents: true } }),
    cursor === null ? null : creditHistory(db, member.team.id, cursor),
  ]);
  return (
    <Card
      title="Credit history"
      description="Prepaid credit bought and spent on invoices, newest first. Credit pays each invoice before any card is charged."
    >
      <p className="text-sm">
        The team&apos;s credit now: <strong data-testid="credit-now">{formatCents(team.creditBalanceCents)}</strong>
      </p>
      {!history ? (
        <Alert tone="error">
          This page of the credit history does not exist. <Link className="underline" href={base}>See the newest entries</Link>
        </Alert>
      ) : history.entries.length ? (
        <>
          <CreditHistoryTable slug={member.team.slug} entries={history.entries} />
          {(cursor || history.next) && (
            <nav aria-label="Pages" className="flex justify-end gap-2">
              {cursor && (
                <Link href={base} className={buttonClass("secondary")}>
                  Newest
                </Link>
              )}
              {history.next && (
                <Link href={`${base}?cursor=${history.next}`} className={buttonClass("secondary")}>
                  Older entries
                </Link>
              )}
            </nav>
          )}
        </>
      ) : (
        <p className="text-sm text-zinc-600">{cursor ? "No older entries." : "No credit has been bought yet."}</p>
      )}
    </Card>
  );
}
