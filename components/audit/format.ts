/** Times in the audit views are UTC, like the date filters and the export. */
export function formatTime(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** A link to the audit log with these query values; empty ones are left out. */
export function auditHref(slug: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
  const search = params.toString();
  return `/t/${slug}/audit${search ? `?${search}` : ""}`;
}
