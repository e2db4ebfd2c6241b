"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { signOutEverywhere, signOutOtherSessions, signOutSession } from "@/lib/auth/account-actions";

export type SessionRow = { id: string; device: string; ip: string | null; signedIn: string; lastActive: string; current: boolean };

export function SessionList({ rows, more, endedOthers }: { rows: SessionRow[]; more: boolean; endedOthers: boolean }) {
  const runner = useActionRunner();
  const [ending, setEnding] = useState<string | null>(null);
  const others = rows.filter((row) => !row.current).length;
  return (
    <div className="space-y-4">
      {endedOthers && !runner.message && <Alert tone="success">You were signed out of all other sessions.</Alert>}
      <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-200" aria-label="Sessions" data-testid="sessions">
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="min-w-0 space-y-0.5">
              <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
                {row.device}
                {row.current && <Badge tone="green">This device</Badge>}
              </p>
              <p className="break-words text-xs text-zinc-600">
                {row.ip ?? "Unknown IP address"} · Signed in {row.signedIn}
              </p>
              <p className="text-xs text-zinc-600">{row.current ? "Active now" : row.lastActive}</p>
            </div>
            {!row.current && (
              <Button
                variant="secondary"
                aria-label={`Sign out of ${row.device}, signed in ${row.signedIn}`}
                disabled={runner.pending}
                onClick={() => {
                  setEnding(row.id);
                  runner.run(() => signOutSession({ sessionId: row.id }), () => `Signed out of ${row.device}.`);
                }}
              >
                {runner.pending && ending === row.id ? "Signing out…" : "Sign out"}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {more && <p className="text-sm text-zinc-600">Only the 50 most recently active sessions are listed.</p>}
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
      {runner.message && <Alert tone="success">{runner.message}</Alert>}
      <div className="flex flex-wrap items-center gap-2">
        {(others > 0 || more) && (
          <Button variant="secondary" disabled={runner.pending} onClick={() => runner.run(signOutOtherSessions)}>
            Sign out of all other sessions
          </Button>
        )}
        <Button variant="secondary" disabled={runner.pending} onClick={() => runner.run(signOutEverywhere)}>
          Sign out everywhere
        </Button>
      </div>
      <p className="text-xs text-zinc-600">
        {others > 0 || more ? "Sign out of all other sessions keeps you signed in here. " : "You are not signed in anywhere else. "}
        Sign out everywhere also signs you out on this device.
      </p>
    </div>
  );
}
