import { describe, expect, it } from "vitest";
import { budgetPercentReached } from "./budget";

describe("budgetPercentReached", () => {
  it("is the highest alert share reached, counting a share reached to the cent", () => {
    expect([0, 4999, 5000, 7999, 8000, 9999, 10_000, 25_000].map((spent) => budgetPercentReached(spent, 10_000))).toEqual([0, 0, 50, 50, 80, 80, 100, 100]);
    expect(budgetPercentReached(1, 3)).toBe(0);
    expect(budgetPercentReached(2, 3)).toBe(50);
  });
});
