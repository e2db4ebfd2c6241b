import { readFileSync, writeFileSync } from "node:fs";
import type { TracedStatement } from "@/lib/db/sql-trace";
import type { Window } from "./stats";

export type RequestSql = { ms: number; statements: string[] };

/** A request as the server saw it (scripts/bench-request-trace.mjs). */
export type ServedRequest = Window & { method: string; url: string };

/** The JSON lines a traced server appended to `file`, emptying it for the next scenario. */
export function takeTrace<T = TracedStatement>(file: string): T[] {
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  writeFileSync(file, "");
  return lines.map((line) => JSON.parse(line) as T);
}

/**
 * For each request window: the statements that started inside it, and the time at least one of
 * them was running (statements run in parallel count once, so this is time spent waiting on SQL).
 */
export function sqlPerRequest(statements: readonly TracedStatement[], windows: readonly Window[]): RequestSql[] {
  return windows.map((w) => {
    const inside = statements.filter((s) => s.start >= w.start && s.start < w.end).sort((a, b) => a.start - b.start);
    let busy = 0;
    let reach = -Infinity;
    for (const s of inside) {
      const end = Math.min(s.end, w.end);
      if (end > reach) busy += end - Math.max(s.start, reach);
      reach = Math.max(reach, end);
    }
    return { ms: busy, statements: inside.map((s) => s.sql) };
  });
}

/**
 * The server's own time for each client window: the longest request under `pathPrefix` that started
 * inside that window (its "finish" may be logged a moment after the client has read the last byte). Throws when a window has none, so a bench never reports a time it did not measure.
 */
export function servedPerRequest(served: readonly ServedRequest[], windows: readonly Window[], pathPrefix: string): number[] {
  return windows.map((w) => {
    const inside = served.filter((r) => r.start >= w.start && r.start < w.end && r.url.startsWith(pathPrefix));
    if (inside.length === 0) throw new Error(`the server logged no request to ${pathPrefix} between ${w.start} and ${w.end}`);
    return Math.max(...inside.map((r) => r.end - r.start));
  });
}
