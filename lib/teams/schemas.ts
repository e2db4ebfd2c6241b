import { z } from "zod";
import { displayTextField } from "@/lib/validation/display-text-field";
import { BUILT_IN_ROLE_KEYS } from "@/lib/permissions";

const RESERVED_SLUGS = new Set(["new", "api", "admin", "settings", "sign-in", "sign-up", "invite", "dev", "t"]);

export const MAX_SEATS = 100_000;

export const teamNameField = displayTextField().min(2, "Use at least 2 characters").max(60, "Use at most 60 characters");

export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(40, "Use at most 40 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens, not at the start or end")
  .refine((s) => !RESERVED_SLUGS.has(s), "That URL is reserved; pick another");

export const createTeamSchema = z.object({ name: teamNameField, slug: slugField });
export type CreateTeamInput = z.input<typeof createTeamSchema>;

export const teamSettingsSchema = z.object({
  name: teamNameField,
  slug: slugField,
  defaultRole: z.enum(BUILT_IN_ROLE_KEYS.filter((r) => r !== "owner") as [string, ...string[]], { message: "Pick a role" }),
  seatLimit: z.coerce.number({ message: "Enter a number of seats" }).int("Enter a whole number").min(1, "Allow at least 1 seat").max(MAX_SEATS, `Use at most ${MAX_SEATS.toLocaleString("en-US")} seats`),
  inviteExpiryDays: z.coerce.number({ message: "Enter a number of days" }).int("Enter a whole number of days").min(1, "Use 1 to 90 days").max(90, "Use 1 to 90 days"),
  require2fa: z.boolean(),
});
export type TeamSettingsInput = z.input<typeof teamSettingsSchema>;

/** Deleting a team: the name typed again, compared with the team's own by the action. */
export const deleteTeamSchema = z.object({ confirmName: z.string().max(200) });
