import { describe, expect, it } from "vitest";
import { dayProblem, parseIsoDay } from "./calendar-day";

describe("parseIsoDay", () => {
  it("parses only real calendar days", () => {
    expect(parseIsoDay("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(parseIsoDay("2026-02-29")).toBeNull();
    expect(parseIsoDay("2026-13-01")).toBeNull();
    expect(parseIsoDay("2026-1-01")).toBeNull();
    expect(parseIsoDay("yesterday")).toBeNull();
  });

  it("reads years below 100 as written, not as 19xx", () => {
    expect(parseIsoDay("0001-01-01")?.toISOString()).toBe("0001-01-01T00:00:00.000Z");
  });
});

describe("dayProblem", () => {
  it("accepts days within the bounds, both ends included", () => {
    for (const day of ["1970-01-01", "2026-11-27", "2999-12-31"]) expect(dayProblem(day)).toBeNull();
  });

  it("tells a malformed day from one out of range", () => {
    expect(dayProblem("31/12/2026")).toBe("format");
    expect(dayProblem("2026-02-30")).toBe("format");
    for (const day of ["0000-01-01", "1969-12-31", "3000-01-01", "9999-12-31"]) expect(dayProblem(day)).toBe("range");
  });
});
