import { describe, expect, it } from "vitest";
import { formatTable, percentile, summarize, timeLoop } from "./stats";

describe("bench statistics", () => {
  it("interpolates percentiles between ranks", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 95)).toBe(20);
    expect(percentile([], 50)).toBeNaN();
  });

  it("summarizes unsorted samples", () => {
    expect(summarize([5, 1, 3])).toEqual({ n: 3, p50: 3, p95: 4.8, max: 5 });
  });

  it("stops a loop at its count", async () => {
    let calls = 0;
    const samples = await timeLoop(async () => void calls++, { count: 5, warmup: 1 });
    expect(samples).toHaveLength(5);
    expect(calls).toBe(6);
  });

  it("aligns a Markdown table", () => {
    expect(formatTable(["what", "ms"], [["members", "12.0"], ["audit", "3.5"]]).split("\n")).toEqual([
      "| what    |   ms |",
      "|---------|-----:|",
      "| members | 12.0 |",
      "| audit   |  3.5 |",
    ]);
  });
});
