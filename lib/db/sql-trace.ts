import { EventEmitter } from "node:events";
import { createWriteStream } from "node:fs";
import pg from "pg";

export type TracedStatement = { start: number; end: number; sql: string };

const now = () => performance.timeOrigin + performance.now();

/**
 * A pg Client class that appends every statement it runs, with its start and end time (epoch ms,
 * sub-millisecond), as one JSON line to `file`. Only the benchmark turns it on (ROSTER_SQL_TRACE):
 * it attributes the statements to the requests it timed, so "the SQL a page needs" is what the
 * server really ran, not a hand-written copy.
 */
export function tracingClient(file: string): typeof pg.Client {
  const out = createWriteStream(file, { flags: "a" });
  const record = (start: number, text: unknown) => {
    const sql = typeof text === "string" ? text : ((text as { text?: string })?.text ?? "");
    out.write(`${JSON.stringify({ start, end: now(), sql: sql.trim().slice(0, 160) } satisfies TracedStatement)}\n`);
  };
  return class TracingClient extends pg.Client {
    // pg's overloads (promise or callback, text or config) are passed through unchanged.
    query(...args: unknown[]): never {
      const start = now();
      const callback = args.findIndex((a) => typeof a === "function");
      if (callback >= 0) {
        const done = args[callback] as (...r: unknown[]) => void;
        args[callback] = (...result: unknown[]) => (record(start, args[0]), done(...result));
        return (super.query as (...a: unknown[]) => never)(...args);
      }
      const result = (super.query as (...a: unknown[]) => unknown)(...args);
      if (result instanceof Promise) return result.finally(() => record(start, args[0])) as never;
      // A submittable such as a COPY stream is done when it ends.
      if (result instanceof EventEmitter) {
        let recorded = false;
        const done = () => {
          if (recorded) return;
          recorded = true;
          record(start, args[0]);
        };
        result.once("end", done).once("error", done);
      }
      return result as never;
    }
  } as typeof pg.Client;
}
