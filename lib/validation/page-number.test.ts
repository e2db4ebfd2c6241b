import { describe, expect, it } from "vitest";
import { pageCount, pageNumberFrom } from "./page-number";

describe("page numbers", () => {
  it("reads the page from the URL, the first for anything else", () => {
    expect(pageNumberFrom("3")).toBe(3);
    expect(pageNumberFrom(["2", "5"])).toBe(2);
    for (const bad of [undefined, "", "0", "-2", "1.5", "two", "1e400", "9007199254740993"]) expect(pageNumberFrom(bad)).toBe(1);
  });

  it("counts at least one page", () => {
    expect([pageCount(0, 50), pageCount(50, 50), pageCount(51, 50)]).toEqual([1, 1, 2]);
  });
});
