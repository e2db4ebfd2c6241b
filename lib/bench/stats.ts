/** Percentile by linear interpolation between closest ranks; `sorted` is ascending. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export type Summary = { n: number; p50: number; p95: number; max: number };

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

/** A moment as epoch milliseconds with sub-millisecond precision, comparable across processes. */
export const epochNow = () => performance.timeOrigin + performance.now();

export type Window = { start: number; end: number };

/**
 * Runs `fn` `count` times one after another, stopping early once `maxMs` has passed; returns each
 * duration in ms. `windows`, when given, receives when each timed run started and ended (epochNow).
 */
export async function timeLoop(
  fn: (i: number) => Promise<unknown>,
  { count, maxMs = 60_000, warmup = 2, windows }: { count: number; maxMs?: number; warmup?: number; windows?: Window[] },
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const samples: number[] = [];
  const deadline = performance.now() + maxMs;
  for (let i = 0; i < count && performance.now() < deadline; i++) {
    const start = epochNow();
    await fn(i);
    const end = epochNow();
    samples.push(end - start);
    windows?.push({ start, end });
  }
  return samples;
}

/** A fixed-width text table (also valid Markdown). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(" | ")} |`;
  return [line(header), `|${widths.map((w, c) => (c === 0 ? `-${"-".repeat(w)}-` : `-${"-".repeat(w)}:`)).join("|")}|`, ...rows.map(line)].join("\n");
}

export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");
export const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? (a / b).toFixed(2) : "–");
