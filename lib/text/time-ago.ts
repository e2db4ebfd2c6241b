import { countOf } from "./count";

/** The span between two times in its largest whole unit: "12 minutes", "3 hours", "2 days"; null under a minute. */
function span(ms: number): string | null {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return null;
  if (minutes < 60) return countOf(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return countOf(hours, "hour");
  return countOf(Math.floor(hours / 24), "day");
}

/** "just now", "12 minutes ago", "3 hours ago", "2 days ago". */
export function timeAgo(then: Date, now: Date): string {
  const ago = span(now.getTime() - then.getTime());
  return ago ? `${ago} ago` : "just now";
}

/** "in under a minute", "in 12 minutes", "in 3 hours", "in 2 days", for a time to come. */
export function timeUntil(then: Date, now: Date): string {
  return `in ${span(then.getTime() - now.getTime()) ?? "under a minute"}`;
}
