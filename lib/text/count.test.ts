import { expect, it } from "vitest";
import { countOf, formatCount } from "./count";

it("groups thousands", () => {
  expect([0, 999, 1000, 12208, 1_000_000].map(formatCount)).toEqual(["0", "999", "1,000", "12,208", "1,000,000"]);
});

it("puts the noun in the singular for one only", () => {
  expect([countOf(0, "member"), countOf(1, "member"), countOf(2500, "address", "addresses")]).toEqual(["0 members", "1 member", "2,500 addresses"]);
});
