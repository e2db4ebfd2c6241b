"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { callAction, refusalMessage } from "./call-action";

/** Runs a server action from a button, keeping its error for display and refreshing on success. */
export function useActionRunner() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ReactNode>(null);
  const [message, setMessage] = useState<string | null>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => string | void) {
    setError(null);
    setMessage(null);
    startTransition(async () => {
      const result = await callAction(action);
      if (!result.ok) {
        setError(refusalMessage(result, Object.values(result.fieldErrors ?? {})[0] ?? "That did not work."));
        return;
      }
      // Updates after an await need a transition of their own; sharing one with the refresh, the
      // message and the refreshed page appear together instead of the message beside stale rows.
      startTransition(() => {
        const note = onSuccess?.(result.data);
        if (note) setMessage(note);
        router.refresh();
      });
    });
  }

  return {
    run,
    pending,
    error,
    message,
    clear: () => (setError(null), setMessage(null)),
    /** Shows the message of a change made elsewhere (a dialog's own form) as if run here. */
    announce: (note: string) => (setError(null), setMessage(note)),
  };
}
