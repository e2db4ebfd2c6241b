import { registerUser } from "@/lib/auth/register";
import { signUpSchema } from "@/lib/auth/schemas";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { actAs } from "./acting-user";
import { uid } from "./fixtures";

export const SIGN_UP_PASSWORD = "long-enough-password";

/** A user made the way the sign-up form makes one (password SIGN_UP_PASSWORD), who acts from now on. */
export async function signedUpUser(name: string): Promise<CurrentUser> {
  const email = `${name.toLowerCase()}-${uid()}@example.test`;
  const { id } = await registerUser(db, signUpSchema.parse({ name, email, password: SIGN_UP_PASSWORD }), { ip: null, userAgent: null });
  const user = { id, email, name, totpEnabled: false };
  actAs(user);
  return user;
}
