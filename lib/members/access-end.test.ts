import { describe, expect, it } from "vitest";
import { accessEnded, accessEndsAtFor, accessEndText, endingSoonText, lastDayOf } from "./access-end";

describe("temporary access dates", () => {
  it("runs through the whole last day in UTC and reads back as that day", () => {
    const end = accessEndsAtFor("2026-12-31");
    expect(end.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(lastDayOf(end)).toBe("2026-12-31");
    expect(accessEndsAtFor("2028-02-28").toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });

  it("says until the last day while it lasts, and when it ended after", () => {
    const end = accessEndsAtFor("2026-12-31");
    expect(accessEndText(end, new Date("2026-12-31T23:59:59Z"))).toBe("until 31 Dec 2026");
    expect(accessEndText(end, new Date("2027-01-01T00:00:00Z"))).toBe("ended 1 Jan 2027");
    expect(accessEnded({ accessEndsAt: end }, new Date("2026-12-31T23:59:59Z"))).toBe(false);
    expect(accessEnded({ accessEndsAt: end }, end)).toBe(true);
    expect(accessEnded({ accessEndsAt: null })).toBe(false);
  });

  it("says how soon it ends only in its last week, counting today, while it lasts", () => {
    const end = accessEndsAtFor("2026-12-31");
    expect(endingSoonText(end, new Date("2026-12-24T08:00:00Z"))).toBeNull();
    expect(endingSoonText(end, new Date("2026-12-25T08:00:00Z"))).toBe("7 days left");
    expect(endingSoonText(end, new Date("2026-12-31T23:00:00Z"))).toBe("last day");
    expect(endingSoonText(end, end)).toBeNull();
  });
});
