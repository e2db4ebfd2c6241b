import { z } from "zod";

/** Days to keep audit events; empty keeps them forever. */
export const auditRetentionSchema = z.object({
  retentionDays: z
    .string()
    .trim()
    .regex(/^\d*$/, "Enter a whole number of days, or leave it empty to keep events forever")
    .transform((s) => (s === "" ? null : Number(s)))
    .pipe(z.number().int().min(7, "Keep events for at least 7 days").max(3650, "Keep events for at most 3650 days (10 years)").nullable()),
});
export type AuditRetentionInput = z.input<typeof auditRetentionSchema>;

export const verifyAuditSchema = z.object({});
