/** Absolute base URL for links in emails. */
export function appUrl(path = "/"): string {
  const base = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
