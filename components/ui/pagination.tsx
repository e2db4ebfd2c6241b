import Link from "next/link";
import { countOf, formatCount } from "@/lib/text/count";
import { queryString } from "@/lib/url/query-string";

/** Previous / next links that keep the current filters. */
export function Pagination({ basePath, params, page, pages, total, noun }: { basePath: string; params: Record<string, string | undefined>; page: number; pages: number; total: number; noun: { one: string; many: string } }) {
  const href = (p: number) => `${basePath}?${queryString({ ...params, page: String(p) })}`;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm text-zinc-700">
      <p>
        {countOf(total, noun.one, noun.many)} · page {formatCount(page)} of {formatCount(pages)}
      </p>
      <div className="flex flex-wrap gap-2">
        {page > 1 && (
          <Link className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 hover:bg-zinc-100" href={href(page - 1)}>
            Previous
          </Link>
        )}
        {page < pages && (
          <Link className="rounded-md border border-zinc-300 bg-white px-3 py-1.5 hover:bg-zinc-100" href={href(page + 1)}>
            Next
          </Link>
        )}
      </div>
    </nav>
  );
}
