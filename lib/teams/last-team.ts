/**
 * The team a browser last worked in, so `/` opens it again (as Vercel does). The proxy notes the slug
 * of each /t/<slug> page it passes in a cookie, instead of writing to the database per request; `/`
 * trusts it only for a team the user is still a member of.
 */
export const LAST_TEAM_COOKIE = "roster-last-team";

/** Half a year: long enough to outlive a holiday, short of browsers' 400-day cap. */
export const LAST_TEAM_MAX_AGE_SECONDS = 183 * 86_400;

/** The team slug of a team page's path (/t/<slug> or below it), or null. Malformed slugs are not remembered. */
export function teamSlugOfPath(pathname: string): string | null {
  const match = /^\/t\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|$)/.exec(pathname);
  return match && match[1].length <= 40 ? match[1] : null;
}

/** The remembered team if the user still belongs to it, else their first team (or null with none). */
export function homeTeam<T extends { slug: string }>(teams: T[], remembered: string | undefined): T | null {
  return teams.find((t) => t.slug === remembered) ?? teams[0] ?? null;
}
