import { expect, it } from "vitest";
import { formatCount } from "./count";

it("groups thousands", () => {
  expect([0, 999, 1000, 12208, 1_000_000].map(formatCount)).toEqual(["0", "999", "1,000", "12,208", "1,000,000"]);
});
