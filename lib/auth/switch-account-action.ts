"use server";

import { signOut } from "./auth";
import { safeCallbackUrl } from "./schemas";

/** Signs out and continues at a same-site path (used by "switch account" on invite pages). */
export async function signOutTo(formData: FormData): Promise<void> {
  await signOut({ redirectTo: safeCallbackUrl(formData.get("redirectTo"), "/sign-in") });
}
