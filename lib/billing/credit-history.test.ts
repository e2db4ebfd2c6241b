import { describe, expect, it } from "vitest";
import { creditCursor } from "./credit-history";
import { creditHistoryQuerySchema } from "./schemas";

describe("credit history cursor", () => {
  it("reads an entry id, and nothing else", () => {
    expect(creditCursor(undefined)).toBeUndefined();
    expect(creditCursor("42")).toBe(42n);
    for (const bad of ["", "0", "-1", "4.2", "abc", "1e3", "1".repeat(19), ["1", "2"]]) expect(creditCursor(bad), String(bad)).toBeNull();
    expect(creditHistoryQuerySchema.safeParse({ cursor: "x" }).error?.issues.map((i) => [i.path, i.message])).toEqual([[["cursor"], "Use the `nextCursor` of the previous page"]]);
    expect(creditHistoryQuerySchema.parse({})).toEqual({});
  });
});
