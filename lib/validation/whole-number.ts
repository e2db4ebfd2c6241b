import { z } from "zod";

/**
 * An optional count typed into a form, or sent as a JSON number: only digits count as a number, so
 * "1e2", "0x10", "2.5" and `true` get `message` instead of being read as 100, 16, 2 or 1. Empty
 * or absent means none (null). Optional on the outside, so the API documents it as not required.
 */
export function optionalCount(max: number, message: string) {
  return z
    .preprocess(
      (v) => (v === "" || v === null ? null : typeof v === "string" ? (/^\s*\d+\s*$/.test(v) ? Number(v) : Number.NaN) : v),
      z.number({ message }).int(message).min(1, message).max(max, message).nullable(),
    )
    .optional()
    .transform((v) => v ?? null);
}
