import { countOf } from "./count";

/** "3 hours ago". Under `floorMinutes` it is "in the last N minutes": times that are kept only to
 *  that precision (a session's last activity) do not claim more. */
export function timeAgo(then: Date, now: Date, floorMinutes = 1): string {
  const minutes = Math.floor((now.getTime() - then.getTime()) / 60_000);
  if (minutes < floorMinutes) return floorMinutes === 1 ? "just now" : `in the last ${floorMinutes} minutes`;
  if (minutes < 60) return `${countOf(minutes, "minute")} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${countOf(hours, "hour")} ago`;
  return `${countOf(Math.floor(hours / 24), "day")} ago`;
}
