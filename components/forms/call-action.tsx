"use client";

import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import type { ActionRefusal } from "@/lib/actions/result";
import { UNREACHABLE } from "./messages";

/**
 * Calls a server action. A call that fails on its way (offline, Roster restarting, a proxy's error
 * page) becomes a refusal shown like any other, instead of an error thrown into the page; Next's
 * redirects, which reach the caller as thrown errors, still go through.
 */
export async function callAction<R>(call: () => Promise<R>): Promise<R | ActionRefusal> {
  try {
    return await call();
  } catch (error) {
    unstable_rethrow(error);
    return { ok: false, error: UNREACHABLE };
  }
}

/** What to show for a refusal. An ended session gets a link to sign in that comes back to this page. */
export function refusalMessage(refusal: ActionRefusal, fallback: ReactNode): ReactNode {
  if (!refusal.signedOut) return refusal.error ?? fallback;
  const signIn = `/sign-in?${new URLSearchParams({ callbackUrl: location.pathname + location.search })}`;
  return (
    <>
      Your session has ended.{" "}
      <a href={signIn} className="font-medium underline">
        Sign in again
      </a>{" "}
      to continue.
    </>
  );
}
