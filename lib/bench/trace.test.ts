import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { epochNow } from "./stats";
import { servedPerRequest, sqlPerRequest, takeTrace, type ServedRequest } from "./trace";

const at = (start: number, end: number) => ({ start, end, sql: `SELECT ${start}` });

describe("SQL attributed to timed requests", () => {
  it("counts parallel statements once and sums sequential ones", () => {
    const statements = [at(1, 3), at(2, 4), at(6, 7)];
    expect(sqlPerRequest(statements, [{ start: 0, end: 10 }])).toEqual([{ ms: 4, statements: ["SELECT 1", "SELECT 2", "SELECT 6"] }]);
  });

  it("gives each statement to the request it started in", () => {
    const statements = [at(1, 2), at(11, 14), at(12, 13)];
    expect(sqlPerRequest(statements, [{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 20, end: 30 }])).toEqual([
      { ms: 1, statements: ["SELECT 1"] },
      { ms: 3, statements: ["SELECT 11", "SELECT 12"] },
      { ms: 0, statements: [] },
    ]);
  });

  it("ignores statements outside every window and clips at the window's end", () => {
    expect(sqlPerRequest([at(-5, -1), at(8, 12)], [{ start: 0, end: 10 }])).toEqual([{ ms: 2, statements: ["SELECT 8"] }]);
  });
});

describe("server time of timed requests", () => {
  const served = (start: number, end: number, url: string) => ({ start, end, method: "GET", url });

  it("takes the request to the path that the server served inside each window", () => {
    const log = [served(1, 4, "/t/a/members?page=2"), served(5, 6, "/favicon.ico"), served(11, 19, "/t/a/members"), served(21, 35, "/t/a/members")];
    expect(servedPerRequest(log, [{ start: 0, end: 10 }, { start: 10, end: 20 }], "/t/a/members")).toEqual([3, 8]);
  });

  it("refuses a window the server logged nothing for", () => {
    expect(() => servedPerRequest([served(1, 4, "/other")], [{ start: 0, end: 10 }], "/t/a/members")).toThrow(/no request to \/t\/a\/members/);
  });
});

describe("the request trace preloaded into the server", () => {
  it("logs each request from parsed headers to the last byte", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "request-trace-"));
    const file = path.join(dir, "requests.jsonl");
    const server = `require("node:http").createServer((q, s) => setTimeout(() => s.end("ok"), 30)).listen(0, "127.0.0.1", function () { console.log(this.address().port); })`;
    const child = spawn(process.execPath, ["--import", path.resolve("scripts/bench-request-trace.mjs"), "-e", server], { env: { ...process.env, ROSTER_REQUEST_TRACE: file } });
    try {
      const port = await new Promise<string>((resolve) => child.stdout.once("data", (d: Buffer) => resolve(d.toString().trim())));
      const window = { start: epochNow(), end: 0 };
      expect(await (await fetch(`http://127.0.0.1:${port}/t/a/members?page=2`)).text()).toBe("ok");
      window.end = epochNow();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [ms] = servedPerRequest(takeTrace<ServedRequest>(file), [window], "/t/a/members");
      expect(ms).toBeGreaterThanOrEqual(29);
      expect(ms).toBeLessThanOrEqual(window.end - window.start);
    } finally {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
