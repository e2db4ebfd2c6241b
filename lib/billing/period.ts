/** Calendar arithmetic for billing. Every boundary is UTC, whatever the server's time zone. */

const DAY_MS = 86_400_000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function startOfUtcMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** The first instant of the month `months` after the month of `date` (negative goes back). */
export function addUtcMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
}

export function addUtcDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Month starts m with from <= m and m's month fully ended by `now`, oldest first. */
export function completedMonthsSince(from: Date, now: Date): Date[] {
  const months: Date[] = [];
  const current = startOfUtcMonth(now);
  for (let m = startOfUtcMonth(from); m < current; m = addUtcMonths(m, 1)) months.push(m);
  return months;
}

/** "2026-11-05" for the UTC day of `date`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function monthLabel(monthStart: Date): string {
  return monthStart.toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
}

export function dayLabel(date: Date): string {
  return date.toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
}

/** Milliseconds as hours, rounded to hundredths for display and invoice lines. */
export function msToHours(ms: number): number {
  return Math.round(ms / 36_000) / 100;
}
