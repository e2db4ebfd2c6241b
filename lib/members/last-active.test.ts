import { expect, it } from "vitest";
import { lastActiveText } from "./last-active";

const now = new Date("2026-11-29T12:00:00Z");
const before = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

it("says now within the 5 minutes the record is kept to, then how long ago", () => {
  expect(lastActiveText(now, now)).toBe("now");
  expect(lastActiveText(before(4.9), now)).toBe("now");
  expect(lastActiveText(before(5), now)).toBe("5 minutes ago");
  expect(lastActiveText(before(120 * 24 * 60), now)).toBe("120 days ago");
});
