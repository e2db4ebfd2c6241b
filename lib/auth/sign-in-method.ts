/**
 * How a member signs in, for the members table. `providers` are the user's Account rows: "email"
 * is written on the first magic-link sign-in, any other is an OAuth provider. 2FA turns magic
 * links off.
 */
export function signInMethodOf(user: { hasPassword: boolean; totpEnabled: boolean; providers: string[] }): string {
  const oauth = user.providers.filter((p) => p !== "email");
  const base = user.totpEnabled
    ? "password + 2FA"
    : !user.hasPassword
      ? oauth.length ? null : "magic link"
      : user.providers.includes("email") ? "password or magic link" : "password";
  return [base, ...oauth].filter(Boolean).join(", ");
}
