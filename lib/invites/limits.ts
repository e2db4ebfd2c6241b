import { RetryLaterError } from "@/lib/actions/result";
import { rateLimit, tooManyAttempts, type RateLimitOptions } from "@/lib/rate-limit";

/** How often a team may send invitations: batches created, and single invitations re-sent. */
export const INVITE_LIMITS = {
  batchesPerTeam: { limit: 60, windowSeconds: 3600 },
  resendsPerTeam: { limit: 100, windowSeconds: 3600 },
} satisfies Record<string, RateLimitOptions>;

export async function limitInvites(kind: keyof typeof INVITE_LIMITS, teamId: string): Promise<void> {
  const result = await rateLimit(`invite-${kind}:team:${teamId}`, INVITE_LIMITS[kind]);
  if (!result.ok) throw new RetryLaterError(tooManyAttempts(result), result.resetSeconds);
}
