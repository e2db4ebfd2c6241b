import type { ReactNode } from "react";

/**
 * The box a wide table scrolls sideways in, so the page itself never does. It is a named region in
 * the tab order, so keyboard users can scroll it too; `relative` keeps the table's visually hidden
 * text (absolutely positioned) inside the box instead of widening the page.
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-zinc-900 ${className}`}
    >
      {children}
    </div>
  );
}
