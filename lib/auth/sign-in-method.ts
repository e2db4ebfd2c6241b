export type SignInMethod = "password" | "password + 2FA" | "magic link" | "password or magic link";

/**
 * How a member signs in, for the members table. `accounts` are the user's Account rows: a row
 * with provider "email" is written on the first magic-link sign-in. 2FA turns magic links off.
 */
export function signInMethodOf(user: { passwordHash: string | null; totpEnabled: boolean; accounts: { provider: string }[] }): SignInMethod {
  if (user.totpEnabled) return "password + 2FA";
  const usedMagicLink = user.accounts.some((a) => a.provider === "email");
  if (!user.passwordHash) return "magic link";
  return usedMagicLink ? "password or magic link" : "password";
}
