import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./schemas";

describe("safeCallbackUrl", () => {
  it("keeps a same-site path with its query and fragment", () => {
    expect(safeCallbackUrl("/t/acme/members?role=viewer#list")).toBe("/t/acme/members?role=viewer#list");
    expect(safeCallbackUrl("/")).toBe("/");
  });

  it("refuses anything a browser would take to another site", () => {
    for (const value of ["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/\u0000/evil.example", "/.//evil.example/x", "/..//evil.example", "/%2e//evil.example", "/a/..//evil.example", "https://evil.example", "evil.example", "javascript:alert(1)"]) {
      expect(safeCallbackUrl(value), JSON.stringify(value)).toBe("/");
    }
  });

  it("falls back for what is not a string", () => {
    expect(safeCallbackUrl(undefined, "/sign-in")).toBe("/sign-in");
    expect(safeCallbackUrl(["/a"], "/sign-in")).toBe("/sign-in");
  });
});
