import { z } from "zod";

/**
 * Deleting one's account: the address typed to confirm, and the password and second factor when
 * the account has them (which of those are needed is the server's to say: the form shows only those).
 */
export const deleteAccountSchema = z.object({
  email: z.string().trim().min(1, "Type your email address to confirm").max(254, "That email address is too long"),
  password: z.string().max(200, "Use at most 200 characters").default(""),
  code: z.string().trim().max(32, "That code is too long").default(""),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
