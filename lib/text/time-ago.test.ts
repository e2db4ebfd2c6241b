import { describe, expect, it } from "vitest";
import { timeAgo, timeUntil } from "./time-ago";

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

describe("timeUntil", () => {
  const after = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
  it.each([
    [0.5, "in under a minute"],
    [1, "in 1 minute"],
    [4, "in 4 minutes"],
    [90, "in 1 hour"],
    [3.5 * 60, "in 3 hours"],
    [24 * 60, "in 1 day"],
  ])("%s minutes after: %s", (minutes, expected) => {
    expect(timeUntil(after(minutes), now)).toBe(expected);
  });
});
