import { describe, expect, it } from "vitest";
import { afterCursor, decodeCursor, encodeCursor } from "./keyset-cursor";

describe("keyset cursors", () => {
  it("round-trip a row's sort key", () => {
    const row = { createdAt: new Date("2026-11-28T01:02:03.456Z"), id: "cmwz1abc" };
    expect(decodeCursor(encodeCursor(row))).toEqual(row);
  });

  it("refuse anything else", () => {
    for (const cursor of ["", "bogus", "cmwz1abc", "12~", "~id", "1e3~id", "12~a b", `1~${"x".repeat(65)}`]) expect(decodeCursor(cursor), cursor).toBeNull();
  });

  it("continue past the cursor in either direction", () => {
    const at = { createdAt: new Date(5), id: "m" };
    expect(afterCursor(at, "desc")).toEqual({ OR: [{ createdAt: { lt: at.createdAt } }, { createdAt: at.createdAt, id: { lt: "m" } }] });
    expect(afterCursor(at, "asc")).toEqual({ OR: [{ createdAt: { gt: at.createdAt } }, { createdAt: at.createdAt, id: { gt: "m" } }] });
  });
});
