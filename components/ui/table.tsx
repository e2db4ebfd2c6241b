import type { ReactNode, ThHTMLAttributes } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * Cell styles sit on the table rather than on every cell, so a page of rows carries them once
 * instead of once per cell in both its HTML and its RSC payload.
 */
export const TABLE_CELLS =
  "[&_th]:bg-zinc-50 [&_th]:px-4 [&_th]:py-2.5 [&_th]:font-medium [&_th]:text-zinc-700 [&_td]:border-t [&_td]:border-zinc-100 [&_td]:px-4 [&_td]:py-2.5 [&_td]:align-middle";

export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <ScrollRegion label={caption} className="@container rounded-lg border border-zinc-200 bg-white">
      <table className={`w-full text-left text-sm ${TABLE_CELLS}`}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}

export function Th(props: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" {...props} />;
}

/**
 * A message in place of rows, centred in the part of the table in view (on a phone the table is wider
 * than its box): as wide as the box (`cqw` of the Table's container) less the cell's padding.
 */
export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="text-center text-sm text-zinc-600">
        <div className="sticky left-4 w-[calc(100cqw-2rem)] py-7.5">{children}</div>
      </td>
    </tr>
  );
}
