import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { auth } from "./auth";
import { sessionUser, type CurrentUser } from "./session-user";

export type { CurrentUser };

/** The signed-in user, read from the database; null when signed out or the session was revoked. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => sessionUser(db, await auth()));

/** The session of this request (its token's `jti`), the one signing out ends. */
export async function currentSessionId(): Promise<string | null> {
  return (await auth())?.sessionId || null;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) {
    const path = (await headers()).get("x-roster-path") ?? "/";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}
