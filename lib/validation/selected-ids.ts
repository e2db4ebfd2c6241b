import { z } from "zod";

/** Rows picked in a table for one action; a page holds at most 25, the limit leaves room. */
export function selectedIdsField(noun: string) {
  return z
    .array(z.string().trim().min(1).max(64))
    .min(1, `Select at least one ${noun}`)
    .max(100, `Select at most 100 ${noun}s at a time`)
    .refine((ids) => new Set(ids).size === ids.length, `A ${noun} is selected twice`);
}
