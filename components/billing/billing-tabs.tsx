"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef } from "react";
import { PendingMark } from "@/components/layout/pending-mark";
import { useCurrentInView } from "@/components/layout/use-current-in-view";

const TABS = [
  { label: "Overview", path: "" },
  { label: "Invoices", path: "/invoices" },
  { label: "Payment methods", path: "/payment-methods" },
  { label: "Credit", path: "/credit" },
  { label: "Usage", path: "/usage" },
];

export function BillingTabs({ slug }: { slug: string }) {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  useCurrentInView(nav, pathname);
  const base = `/t/${slug}/billing`;
  const active = [...TABS].reverse().find((t) => pathname === base + t.path || (t.path && pathname.startsWith(`${base}${t.path}/`)));
  return (
    <nav ref={nav} aria-label="Billing" className="mb-6 flex gap-4 overflow-x-auto border-b border-zinc-200">
      {TABS.map((tab) => (
        <Link
          key={tab.path}
          href={base + tab.path}
          aria-current={tab === active ? "page" : undefined}
          className="relative -mb-px whitespace-nowrap border-b-2 border-transparent px-1 pb-2 text-sm text-zinc-600 hover:text-zinc-900 aria-[current=page]:border-zinc-900 aria-[current=page]:font-medium aria-[current=page]:text-zinc-900"
        >
          {tab.label}
          <PendingMark />
        </Link>
      ))}
    </nav>
  );
}
