"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef } from "react";
import { PendingMark } from "./pending-mark";
import { useCurrentInView } from "./use-current-in-view";

export function TeamNav({ items }: { items: { label: string; href: string; section: string; exact: boolean }[] }) {
  const pathname = usePathname();
  const nav = useRef<HTMLElement>(null);
  useCurrentInView(nav, pathname);
  const active = items.reduce<{ href: string; section: string } | null>((best, item) => {
    const matches = pathname === item.section || (!item.exact && pathname.startsWith(`${item.section}/`));
    return matches && item.section.length > (best?.section.length ?? 0) ? item : best;
  }, null)?.href;
  return (
    <nav ref={nav} aria-label="Team" className="flex gap-1 overflow-x-auto">
      {items.map((item) => (
        <Link
          key={item.href}
          href={item.href}
          aria-current={item.href === active ? "page" : undefined}
          className="relative whitespace-nowrap rounded-md px-3 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white"
        >
          {item.label}
          <PendingMark />
        </Link>
      ))}
    </nav>
  );
}
