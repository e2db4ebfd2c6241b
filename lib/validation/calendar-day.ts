/**
 * Days people type (YYYY-MM-DD, whole UTC days) into filters and report periods. The range keeps
 * every bound a query derives from them, like "the day after", within what PostgreSQL and
 * `Date.toISOString` both write as a four-digit year.
 */
export const DAY_BOUNDS = { min: "1970-01-01", max: "2999-12-31" } as const;

export const DAY_RANGE_MESSAGE = `between ${DAY_BOUNDS.min} and ${DAY_BOUNDS.max}`;

/** "2026-11-05" -> that day's UTC midnight; null for anything that is not a real date. */
export function parseIsoDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

/** What is wrong with a typed day, if anything. */
export function dayProblem(value: string): "format" | "range" | null {
  if (!parseIsoDay(value)) return "format";
  return value < DAY_BOUNDS.min || value > DAY_BOUNDS.max ? "range" : null;
}
