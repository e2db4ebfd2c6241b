export const TWO_FACTOR_REQUIRED_MESSAGE = "This team requires two-factor sign-in. Turn it on in your account settings, then try again.";

/**
 * A team that requires two-factor sign-in admits only members who have it turned on: its pages
 * send the others to enrol, and every action, download and API key of theirs is refused. Leaving
 * the team stays open to them.
 */
export function lacksRequiredTwoFactor(member: { team: { require2fa: boolean } }, user: { totpEnabled: boolean }): boolean {
  return member.team.require2fa && !user.totpEnabled;
}
