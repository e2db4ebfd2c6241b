import { z } from "zod";
import { isPublicEmailDomain } from "./public-domains";
import { optionalCount } from "@/lib/validation/whole-number";
import { selectedIdsField } from "@/lib/validation/selected-ids";
import { emailField } from "@/lib/auth/schemas";
import { lastDayField } from "@/lib/members/schemas";
import { MAX_INVITES_PER_BATCH } from "./batch-size";

/** "a@x.com, b@y.com\nc@z.com" -> ["a@x.com", "b@y.com", "c@z.com"] (trimmed, de-duplicated case-insensitively). */
export function splitAddresses(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[\s,;]+/)
    .map((a) => a.trim())
    .filter((a) => a && !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
}

/** The normalised address, or null when it is not a valid email. */
export function normaliseAddress(address: string): string | null {
  const parsed = emailField.safeParse(address);
  return parsed.success ? parsed.data : null;
}

export const inviteMembersSchema = z.object({
  emails: z
    .string()
    .max(20_000, "That list is too long")
    .transform(splitAddresses)
    .pipe(
      z
        .array(z.string())
        .min(1, "Enter at least one email address")
        .max(MAX_INVITES_PER_BATCH, `Invite at most ${MAX_INVITES_PER_BATCH} addresses at a time`),
    ),
  role: z.string().trim().min(1, "Pick a role").max(80),
  require2fa: z.boolean().default(false),
  /** Temporary access for whoever accepts: their last day ("" or absent: no end). */
  lastDay: lastDayField.default(""),
});
export type InviteMembersInput = z.input<typeof inviteMembersSchema>;

export const invitationIdSchema = z.object({ invitationId: z.string().trim().min(1).max(64) });
export const invitationIdsSchema = z.object({ invitationIds: selectedIdsField("invitation") });

export const inviteLinkSchema = z
  .object({
    role: z.string().trim().min(1, "Pick a role").max(80),
    expiresInDays: optionalCount(365, "Enter a number of days from 1 to 365, or leave it empty"),
    maxUses: optionalCount(10_000, "Enter a number of uses from 1 to 10,000, or leave it empty"),
    allowedDomains: z
      .string()
      .max(1000, "That list is too long")
      .transform((s) => [...new Set(s.split(/[\s,;]+/).map((d) => d.trim().toLowerCase().replace(/^@/, "")).filter(Boolean))])
      .pipe(z.array(z.string().regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, "Use domains like example.com, separated by commas")).max(20, "List at most 20 domains"))
      .default([]),
    listed: z.boolean().default(false),
    lastDay: lastDayField.default(""),
  })
  .superRefine(({ listed, allowedDomains }, ctx) => {
    if (!listed) return;
    const publicDomain = allowedDomains.find(isPublicEmailDomain);
    if (allowedDomains.length === 0) ctx.addIssue({ code: "custom", path: ["listed"], message: "Enter the domain to list the link for" });
    else if (publicDomain) ctx.addIssue({ code: "custom", path: ["listed"], message: `Anyone can get an address at ${publicDomain}: list links only for your organisation's own domains` });
  });
export type InviteLinkInput = z.input<typeof inviteLinkSchema>;

export const inviteTokenSchema = z.object({ token: z.string().trim().min(20).max(200) });
