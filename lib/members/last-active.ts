import { LAST_ACTIVE_STEP_MS } from "@/lib/auth/session-user";
import { timeAgo } from "@/lib/text/time-ago";

/** "now" within the last 5 minutes (how fresh the record is kept, see loadMember), else "3 days ago". */
export function lastActiveText(lastActiveAt: Date, now: Date): string {
  return now.getTime() - lastActiveAt.getTime() < LAST_ACTIVE_STEP_MS ? "now" : timeAgo(lastActiveAt, now);
}
