"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/user-action";
import { signOut } from "@/lib/auth/auth";
import { deleteAccount } from "./delete";
import { deleteAccountSchema, type DeleteAccountInput } from "./schemas";

const deleteAccountAndLeaveTeams = userAction(deleteAccountSchema, deleteAccount);

/** Deletes the signed-in user's account, then clears this browser's cookie and shows the sign-in page with a notice. */
export async function deleteAccountAction(raw: DeleteAccountInput): Promise<ActionResult> {
  const result = await deleteAccountAndLeaveTeams(raw);
  if (!result.ok) return result;
  await signOut({ redirectTo: "/sign-in?deleted=1" });
  return ok(null);
}
