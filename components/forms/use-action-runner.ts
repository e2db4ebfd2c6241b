"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

/** Runs a server action from a button, keeping its error for display and refreshing on success. */
export function useActionRunner() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => string | void) {
    setError(null);
    setMessage(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        setError(result.error ?? Object.values(result.fieldErrors ?? {})[0] ?? "That did not work.");
        return;
      }
      const note = onSuccess?.(result.data);
      if (note) setMessage(note);
      router.refresh();
    });
  }

  return { run, pending, error, message, clear: () => (setError(null), setMessage(null)) };
}
