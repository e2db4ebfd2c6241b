import { readFileSync, writeFileSync } from "node:fs";
import type { TracedStatement } from "@/lib/db/sql-trace";
import type { Window } from "./stats";

export type RequestSql = { ms: number; statements: string[] };

/** The statements the server traced (lib/db/sql-trace.ts), emptying the file for the next scenario. */
export function takeTrace(file: string): TracedStatement[] {
  const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
  writeFileSync(file, "");
  return lines.map((line) => JSON.parse(line) as TracedStatement);
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
