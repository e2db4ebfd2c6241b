// Temporary access as dates and words; no database code, so the browser can use it too.

const DAY_MS = 86_400_000;
/** A temporary member is reminded on every page this many days before their access ends. */
export const ACCESS_WARNING_DAYS = 7;
const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function accessEnded(membership: { accessEndsAt: Date | null }, now = new Date()): boolean {
  return membership.accessEndsAt !== null && membership.accessEndsAt <= now;
}

/** Access "until 31 Dec 2026" lasts through that whole day in UTC: it ends at the next midnight. */
export function accessEndsAtFor(lastDay: string): Date {
  return new Date(Date.parse(`${lastDay}T00:00:00Z`) + DAY_MS);
}

/** The last day of access, as the date field holds it ("2026-12-31"). */
export function lastDayOf(accessEndsAt: Date): string {
  return new Date(accessEndsAt.getTime() - DAY_MS).toISOString().slice(0, 10);
}

/** "until 31 Dec 2026" (its last day) while it lasts, "ended 1 Jan 2027" (the day it ended) after. */
export function accessEndText(accessEndsAt: Date, now = new Date()): string {
  return accessEndsAt <= now ? `ended ${DAY.format(accessEndsAt)}` : `until ${DAY.format(new Date(accessEndsAt.getTime() - DAY_MS))}`;
}

/** Whole days left, counting today: 1 on the last day. */
function daysLeft(accessEndsAt: Date, now = new Date()): number {
  return Math.ceil((accessEndsAt.getTime() - now.getTime()) / DAY_MS);
}

/** Still running, with ACCESS_WARNING_DAYS or fewer left: "3 days left", "last day"; else null. */
export function endingSoonText(accessEndsAt: Date, now = new Date()): string | null {
  if (accessEndsAt <= now) return null;
  const left = daysLeft(accessEndsAt, now);
  if (left > ACCESS_WARNING_DAYS) return null;
  return left === 1 ? "last day" : `${left} days left`;
}

/**
 * What a change of a last day ("" or null: none) did, as the table reports it: "Access until 31 Dec
 * 2026.", or for `who`: "2 members: access until 31 Dec 2026."
 */
export function accessChangeText(lastDay: string | null, who?: string): string {
  const change = lastDay ? `access ${accessEndText(accessEndsAtFor(lastDay))}` : "access no longer ends";
  return who ? `${who}: ${change}.` : `${change[0].toUpperCase()}${change.slice(1)}.`;
}
