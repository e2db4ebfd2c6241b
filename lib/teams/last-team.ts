/**
 * The team a browser last worked in, so `/` opens it again (as Vercel does). The team's pages note
 * its slug in a cookie, instead of writing to the database per request; `/` trusts it only for a
 * team the user is still a member of.
 */
export const LAST_TEAM_COOKIE = "roster-last-team";

/** Half a year: long enough to outlive a holiday, short of browsers' 400-day cap. */
export const LAST_TEAM_MAX_AGE_SECONDS = 183 * 86_400;

/**
 * Notes the team whose page this browser shows. Called once a team page has rendered, so a page the
 * router only fetched ahead (a link in view) never counts, nor does an answer that lands after the
 * user moved on. Not httpOnly: it only picks which of the user's own teams `/` opens.
 */
export function rememberTeam(slug: string): void {
  const secure = location.protocol === "https:" ? "; secure" : "";
  document.cookie = `${LAST_TEAM_COOKIE}=${encodeURIComponent(slug)}; path=/; max-age=${LAST_TEAM_MAX_AGE_SECONDS}; samesite=lax${secure}`;
}

/** The remembered team if the user still belongs to it, else their first team (or null with none). */
export function homeTeam<T extends { slug: string }>(teams: T[], remembered: string | undefined): T | null {
  return teams.find((t) => t.slug === remembered) ?? teams[0] ?? null;
}
