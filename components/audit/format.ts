import { queryString } from "@/lib/url/query-string";

/** Times in the audit views are UTC, like the date filters and the export. */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** A link to the audit log with these query values; empty ones are left out. */
export function auditHref(slug: string, query: Record<string, string | undefined>): string {
  const search = queryString(query);
  return `/t/${slug}/audit${search ? `?${search}` : ""}`;
}
