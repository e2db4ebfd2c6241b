"use client";

import Link from "next/link";
import { useRef } from "react";
import { PendingMark } from "@/components/layout/pending-mark";
import { useCurrentInView } from "@/components/layout/use-current-in-view";
import { KIND_INFO, RESOURCE_KINDS, type ResourceKind } from "@/lib/resources/catalog";

export function KindTabs({ slug, current }: { slug: string; current: ResourceKind }) {
  const nav = useRef<HTMLElement>(null);
  useCurrentInView(nav, current);
  return (
    <nav ref={nav} aria-label="Resource kinds" className="mb-6 flex gap-1 overflow-x-auto border-b border-zinc-200">
      {RESOURCE_KINDS.map((kind) => (
        <Link
          key={kind}
          href={`/t/${slug}/resources/${KIND_INFO[kind].path}`}
          aria-current={kind === current ? "page" : undefined}
          className="relative -mb-px whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm text-zinc-700 hover:text-zinc-900 aria-[current=page]:border-zinc-900 aria-[current=page]:font-medium aria-[current=page]:text-zinc-900"
        >
          {KIND_INFO[kind].plural}
          <PendingMark />
        </Link>
      ))}
    </nav>
  );
}
