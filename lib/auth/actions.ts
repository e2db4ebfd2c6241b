"use server";

import { AuthError } from "next-auth";
import { failure } from "@/lib/actions/team-action";
import { fieldErrorsOf, type ActionResult } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import { signIn, signOut } from "./auth";
import { registerUser } from "./register";
import { requestContext } from "./request-context";
import { safeCallbackUrl, signInSchema, signUpSchema, type SignInInput, type SignUpInput } from "./schemas";

// signIn() ends in a redirect (thrown as NEXT_REDIRECT), which must propagate.
export async function signInWithPassword(raw: SignInInput, callbackUrl?: string): Promise<ActionResult> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeCallbackUrl(callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, error: "Invalid email or password." };
    throw error;
  }
  return { ok: true, data: null };
}

export async function signUpWithPassword(raw: SignUpInput, callbackUrl?: string): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await registerUser(db, parsed.data, await requestContext());
  } catch (error) {
    return failure(error);
  }
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: safeCallbackUrl(callbackUrl, "/teams/new"),
  });
  return { ok: true, data: null };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
