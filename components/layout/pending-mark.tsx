"use client";

import { useLinkStatus } from "next/link";

/**
 * Placed inside a navigation Link (which must be `relative`): a pulsing bar under the link just
 * clicked while its page loads, so a slow connection still shows that the click was taken.
 */
export function PendingMark() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return <span aria-hidden data-testid="nav-pending" className="absolute inset-x-2 bottom-0.5 h-0.5 animate-pulse rounded-full bg-current" />;
}
