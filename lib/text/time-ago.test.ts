import { describe, expect, it } from "vitest";
import { timeAgo } from "./time-ago";

const now = new Date("2026-11-28T12:00:00Z");
const before = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("timeAgo", () => {
  it.each([
    [0, "just now"],
    [0.5, "just now"],
    [1, "1 minute ago"],
    [5, "5 minutes ago"],
    [59, "59 minutes ago"],
    [60, "1 hour ago"],
    [23 * 60 + 59, "23 hours ago"],
    [24 * 60, "1 day ago"],
    [29 * 24 * 60, "29 days ago"],
  ])("%s minutes before: %s", (minutes, expected) => {
    expect(timeAgo(before(minutes), now)).toBe(expected);
  });
});
