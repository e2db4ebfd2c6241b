import { open } from "@/lib/auth/secret-box";

export const UNREADABLE_SECRET = "Not sent: its signing secret cannot be read since AUTH_SECRET changed. Delete this endpoint and add it again.";

/** An endpoint's signing secret, or null when it cannot be opened (AUTH_SECRET was changed since it was sealed). */
export function webhookSecret(hook: { id: string; secretSealed: string }): string | null {
  try {
    return open("webhook", hook.secretSealed, hook.id);
  } catch {
    return null;
  }
}
