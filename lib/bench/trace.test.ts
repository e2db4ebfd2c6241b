import { describe, expect, it } from "vitest";
import { sqlPerRequest } from "./trace";

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
