import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";

/** Says what is open (`children`) and that a default card pays it: a link for those who manage billing, whom to ask for the rest. */
export function OpenInvoicesNotice({ slug, mayManage, children }: { slug: string; mayManage: boolean; children: ReactNode }) {
  return (
    <Alert tone="warning">
      {children} {mayManage ? (
        <Link href={`/t/${slug}/billing/payment-methods`} className="font-medium underline underline-offset-2">
          Add a card or make one the default
        </Link>
      ) : (
        "Whoever manages the team's billing can add one."
      )}
    </Alert>
  );
}
