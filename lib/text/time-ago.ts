import { countOf } from "./count";

/** "just now", "12 minutes ago", "3 hours ago", "2 days ago". */
export function timeAgo(then: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${countOf(minutes, "minute")} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${countOf(hours, "hour")} ago`;
  return `${countOf(Math.floor(hours / 24), "day")} ago`;
}
