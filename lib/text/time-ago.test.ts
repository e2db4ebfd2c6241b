import { describe, expect, it } from "vitest";
import { timeAgo } from "./time-ago";

const now = new Date("2026-11-28T12:00:00Z");
const before = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("timeAgo", () => {
  it.each([
    [0, 1, "just now"],
    [0.5, 1, "just now"],
    [1, 1, "1 minute ago"],
    [4, 5, "in the last 5 minutes"],
    [5, 5, "5 minutes ago"],
    [59, 1, "59 minutes ago"],
    [60, 1, "1 hour ago"],
    [23 * 60 + 59, 1, "23 hours ago"],
    [24 * 60, 1, "1 day ago"],
    [29 * 24 * 60, 1, "29 days ago"],
  ])("%s minutes before, floor %s: %s", (minutes, floor, expected) => {
    expect(timeAgo(before(minutes), now, floor)).toBe(expected);
  });
});
