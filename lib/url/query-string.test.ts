import { expect, it } from "vitest";
import { queryString } from "./query-string";

it("keeps the values that are set, encoded, and leaves out the empty ones", () => {
  expect(queryString({ q: "a b&c", role: undefined, status: "", sort: "name" })).toBe("q=a+b%26c&sort=name");
  expect(queryString({ q: undefined })).toBe("");
});
