"use server";

import { signOut } from "./auth";
import { recordSignOut } from "./record-sign-out";
import { safeCallbackUrl } from "./schemas";

/** Signs out and continues at a same-site path (used by "switch account" on invite pages). */
export async function signOutTo(formData: FormData): Promise<void> {
  const target = formData instanceof FormData ? formData.get("redirectTo") : null;
  await recordSignOut({});
  await signOut({ redirectTo: safeCallbackUrl(target, "/sign-in") });
}
