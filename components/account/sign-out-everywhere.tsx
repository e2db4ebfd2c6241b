"use client";

import { useState, useTransition, type ReactNode } from "react";
import { callAction, refusalMessage } from "@/components/forms/call-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { signOutEverywhere } from "@/lib/auth/account-actions";

export function SignOutEverywhere() {
  const [error, setError] = useState<ReactNode>(null);
  const [pending, startTransition] = useTransition();
  return (
    <Card title="Sessions" description="Signed in on a device you no longer use? End every session, including this one.">
      {error && <Alert tone="error">{error}</Alert>}
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await callAction(signOutEverywhere);
            if (!result.ok) setError(refusalMessage(result, "Could not sign out everywhere."));
          })
        }
      >
        {pending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </Card>
  );
}
