import { describe, expect, it } from "vitest";
import { optionalCount } from "./whole-number";

const days = optionalCount(365, "Enter 1 to 365 days");

describe("optionalCount", () => {
  it("reads digits, a JSON number, and nothing as none", () => {
    expect(days.parse("30")).toBe(30);
    expect(days.parse(" 7 ")).toBe(7);
    expect(days.parse(12)).toBe(12);
    expect(days.parse("")).toBeNull();
    expect(days.parse(undefined)).toBeNull();
  });

  it("refuses what Number() would read as something else", () => {
    for (const value of ["1e2", "0x10", "2.5", "-3", "0", "366", "ten", true, 2.5]) {
      expect(days.safeParse(value).error?.issues[0].message, String(value)).toBe("Enter 1 to 365 days");
    }
  });
});
