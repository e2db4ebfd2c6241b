import { z } from "zod";

export const NUL_MESSAGE = "Remove the invisible control character (U+0000); it cannot be saved.";

/** The top-level field of every string in `value` that holds U+0000 (the value itself is field ""). */
function fieldsWithNul(value: unknown, field: string | undefined, out: Set<string>, seen = new WeakSet<object>()): Set<string> {
  if (typeof value === "string") {
    if (value.includes("\u0000")) out.add(field ?? "");
  } else if (value !== null && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const [key, inner] of Object.entries(value)) fieldsWithNul(inner, field ?? key, out, seen);
  }
  return out;
}

/**
 * Plain words for the problems a schema has no message of its own for: mostly input of the wrong
 * shape, which forms never send but API clients and edited URLs do. Zod's own wording
 * ("Invalid input: expected number, received NaN") is meant for developers.
 */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") {
    if (issue.input === undefined) return "This field is required";
    if (issue.expected === "number" || issue.expected === "int") return "Enter a number";
    if (issue.expected === "string") return "Send this field as text";
    if (issue.expected === "boolean") return "Send true or false";
    if (issue.expected === "array") return "Send a list";
    if (issue.expected === "object") return "Send an object";
  }
  if (issue.code === "too_big" && (issue.origin === "number" || issue.origin === "int")) return "That number is too large";
  if (issue.code === "too_small" && (issue.origin === "number" || issue.origin === "int")) return "That number is too small";
  return undefined;
}

/**
 * `schema.safeParse(raw)` for input from outside (forms, URLs, the API). PostgreSQL text cannot
 * hold U+0000, so a string carrying it would pass any schema and then fail inside a query;
 * it is refused here instead, next to its field.
 */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.ZodSafeParseResult<z.output<S>> {
  const fields = fieldsWithNul(raw, undefined, new Set());
  if (fields.size === 0) return schema.safeParse(raw, { error: plainMessage });
  const issues = [...fields].map((field) => ({ code: "custom" as const, path: field ? [field] : [], message: NUL_MESSAGE, input: raw }));
  return { success: false, error: new z.ZodError(issues) as z.ZodError<z.output<S>> };
}
