import { describe, expect, it } from "vitest";
import { centsToDecimal, costForDuration, formatCents, hourSpans, parseDollars } from "./money";
import { addUtcMonths, completedMonthsSince, isoDay, msToHours, startOfUtcDay, startOfUtcMonth } from "./period";

const HOUR = 3_600_000;

describe("costForDuration", () => {
  it("charges whole hours exactly and rounds partial cents half up", () => {
    expect(costForDuration(250, 2 * HOUR)).toBe(500);
    expect(costForDuration(1, HOUR / 2)).toBe(1);
    expect(costForDuration(1, HOUR / 2 - 1)).toBe(0);
    expect(costForDuration(199, 20 * 60_000)).toBe(66); // 66.33
    expect(costForDuration(200, 20 * 60_000)).toBe(67); // 66.67
  });

  it("is zero for nothing, negative spans and free resources", () => {
    expect(costForDuration(100, 0)).toBe(0);
    expect(costForDuration(100, -HOUR)).toBe(0);
    expect(costForDuration(0, HOUR)).toBe(0);
  });

  it("always returns an integer number of cents", () => {
    for (const [rate, ms] of [[333, 1234567], [7, 59_999], [12_345, 3 * HOUR + 17]]) expect(Number.isInteger(costForDuration(rate, ms))).toBe(true);
  });
});

describe("dollars and cents", () => {
  it("parses dollar amounts without floating point", () => {
    expect(parseDollars("80")).toBe(8000);
    expect(parseDollars(" 0.1 ")).toBe(10);
    expect(parseDollars("0.29")).toBe(29); // 0.29 * 100 is 28.999999999999996 in floats
    expect(parseDollars("1234567.89")).toBe(123456789);
  });

  it("refuses negatives, fractions of a cent and text", () => {
    for (const bad of ["-1", "1.234", "abc", "", "1,5", "1e3"]) expect(parseDollars(bad), bad).toBeNull();
  });

  it("formats cents as dollars", () => {
    expect(formatCents(8000)).toBe("$80.00");
    expect(formatCents(5)).toBe("$0.05");
    expect(formatCents(123456789)).toBe("$1,234,567.89");
  });
});

describe("UTC calendar", () => {
  it("finds month and day starts in UTC, not local time", () => {
    const lateOnTheLastDay = new Date("2026-10-31T23:30:00Z");
    expect(startOfUtcMonth(lateOnTheLastDay).toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(startOfUtcDay(lateOnTheLastDay).toISOString()).toBe("2026-10-31T00:00:00.000Z");
    expect(startOfUtcMonth(new Date("2026-11-01T00:00:00Z")).toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("steps months across year ends and short months", () => {
    expect(addUtcMonths(new Date("2026-12-15T12:00:00Z"), 1).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(addUtcMonths(new Date("2026-01-31T00:00:00Z"), 1).toISOString()).toBe("2026-02-01T00:00:00.000Z");
    expect(addUtcMonths(new Date("2026-03-01T00:00:00Z"), -3).toISOString()).toBe("2025-12-01T00:00:00.000Z");
  });

  it("lists only months that have ended", () => {
    const months = completedMonthsSince(new Date("2026-09-20T10:00:00Z"), new Date("2026-12-01T00:00:00Z"));
    expect(months.map(isoDay)).toEqual(["2026-09-01", "2026-10-01", "2026-11-01"]);
    expect(completedMonthsSince(new Date("2026-11-20T00:00:00Z"), new Date("2026-11-30T23:59:59Z"))).toEqual([]);
  });

  it("splits usage at hour boundaries so no record straddles two months", () => {
    const spans = hourSpans(new Date("2026-10-31T23:15:00Z"), new Date("2026-11-01T00:45:00Z"));
    expect(spans.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ["2026-10-31T23:15:00.000Z", "2026-11-01T00:00:00.000Z"],
      ["2026-11-01T00:00:00.000Z", "2026-11-01T00:45:00.000Z"],
    ]);
  });

  it("rounds resource-hours to hundredths", () => {
    expect(msToHours(HOUR)).toBe(1);
    expect(msToHours(20 * 60_000)).toBe(0.33);
    expect(msToHours(90 * 60_000)).toBe(1.5);
  });
});

describe("centsToDecimal", () => {
  it("writes cents as a plain decimal for machines", () => {
    expect([0, 5, 40, 1234, 123456789, -250].map(centsToDecimal)).toEqual(["0.00", "0.05", "0.40", "12.34", "1234567.89", "-2.50"]);
  });
});
