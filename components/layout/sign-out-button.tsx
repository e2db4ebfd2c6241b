"use client";

import { useState, useTransition, type FormEvent } from "react";
import { callAction } from "@/components/forms/call-action";
import { signOutAction } from "@/lib/auth/actions";

const NOT_SIGNED_OUT = "Roster could not be reached, so you are still signed in. Check your connection and try again.";

/** Works as a plain form before the page's script runs; after that, a failed request is shown here
 *  instead of replacing the page with the error page. */
export function SignOutButton() {
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();

  function signOut(event: FormEvent) {
    event.preventDefault();
    setFailed(false);
    startTransition(async () => {
      const refused = await callAction(signOutAction);
      if (refused) setFailed(true);
    });
  }

  return (
    <form action={signOutAction} onSubmit={signOut} className="relative">
      <button type="submit" disabled={pending} className="whitespace-nowrap rounded-md px-2 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100 disabled:opacity-60">
        {pending ? "Signing out…" : "Sign out"}
      </button>
      {failed && (
        <div role="alert" className="absolute right-0 top-full z-20 mt-1 w-64 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-800 shadow-sm">
          <p>{NOT_SIGNED_OUT}</p>
          <button type="button" onClick={() => setFailed(false)} className="mt-1 font-medium underline">
            Dismiss
          </button>
        </div>
      )}
    </form>
  );
}
