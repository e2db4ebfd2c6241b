/** Money is integer cents everywhere; fractions only exist inside these helpers. */

const HOUR_MS = 3_600_000;

/** Cost of running at `hourlyCents` for `ms` milliseconds, rounded half up to a cent. */
export function costForDuration(hourlyCents: number, ms: number): number {
  if (ms <= 0 || hourlyCents <= 0) return 0;
  return Math.round((hourlyCents * ms) / HOUR_MS);
}

export function formatCents(cents: number, currency = "USD"): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).format(cents / 100);
}

/** "12.34" or "12" -> 1234; null for anything else (negative, more than 2 decimals, text). */
export function parseDollars(value: string): number | null {
  const match = /^\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

/** Splits [start, end) at UTC hour boundaries. */
export function hourSpans(start: Date, end: Date): { start: Date; end: Date }[] {
  const spans: { start: Date; end: Date }[] = [];
  let cursor = start.getTime();
  const stop = end.getTime();
  while (cursor < stop) {
    const nextHour = Math.min(Math.floor(cursor / HOUR_MS) * HOUR_MS + HOUR_MS, stop);
    spans.push({ start: new Date(cursor), end: new Date(nextHour) });
    cursor = nextHour;
  }
  return spans;
}

/** 123456 -> "1234.56", for CSV and other machine-read exports; no float arithmetic. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
