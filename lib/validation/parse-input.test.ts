import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NUL_MESSAGE, parseInput } from "./parse-input";

const schema = z.object({ name: z.string().min(1, "Enter a name"), tags: z.array(z.string()).optional() });

describe("parseInput", () => {
  it("parses clean input exactly as the schema does", () => {
    expect(parseInput(schema, { name: "Ada", tags: ["x"] })).toEqual(schema.safeParse({ name: "Ada", tags: ["x"] }));
    expect(parseInput(schema, { name: "" }).error?.issues[0]?.message).toBe("Enter a name");
  });

  it("words input of the wrong shape plainly, and leaves the schema's own messages alone", () => {
    const query = z.object({ limit: z.coerce.number().int().min(1, "Use 1 to 100").max(100, "Use 1 to 100"), role: z.string(), emails: z.string() });
    const messages = (raw: unknown) => Object.fromEntries(parseInput(query, raw).error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages({ limit: "abc", emails: ["a@example.com"] })).toEqual({ limit: "Enter a number", role: "This field is required", emails: "Send this field as text" });
    expect(messages({ limit: "0", role: "viewer", emails: "" })).toEqual({ limit: "Use 1 to 100" });
    expect(parseInput(z.object({ days: z.number().int() }), { days: 1e20 }).error?.issues[0].message).toBe("That number is too large");
  });

  it("refuses U+0000 at the top-level field that holds it, however deep", () => {
    const result = parseInput(schema, { name: "A\u0000da", tags: ["ok", "b\u0000"] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["name", NUL_MESSAGE],
      ["tags", NUL_MESSAGE],
    ]);
  });

  it("finds U+0000 at any depth and survives cyclic input", () => {
    const deep: Record<string, unknown> = { leaf: "x\u0000" };
    let nested: Record<string, unknown> = deep;
    for (let i = 0; i < 20; i++) nested = { inner: nested };
    const cyclic: Record<string, unknown> = { name: "Ada" };
    cyclic.self = cyclic;
    expect(parseInput(schema, { name: "Ada", payload: nested }).error?.issues[0]?.path).toEqual(["payload"]);
    expect(parseInput(schema, cyclic).success).toBe(true);
  });

  it("refuses a bare string holding U+0000 at the form level", () => {
    expect(parseInput(z.string(), "\u0000").error?.issues[0]?.path).toEqual([]);
  });

  it("leaves other control characters to the schema", () => {
    expect(parseInput(schema, { name: "tab\there" }).success).toBe(true);
  });
});
