import { z } from "zod";
import { displayTextField } from "@/lib/validation/display-text-field";
import { optionalCount } from "@/lib/validation/whole-number";

export const createApiKeySchema = z.object({
  name: displayTextField().min(2, "Use at least 2 characters").max(60, "Use at most 60 characters"),
  role: z.string().trim().min(1, "Pick a role").max(80),
  /** Empty: the key never expires. */
  expiresInDays: optionalCount(365, "Enter a number of days from 1 to 365, or leave it empty"),
});
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

export const apiKeyIdSchema = z.object({ apiKeyId: z.string().trim().min(1).max(64) });
export type ApiKeyIdInput = z.input<typeof apiKeyIdSchema>;
