"use client";

import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { signOutEverywhere } from "@/lib/auth/account-actions";

export function SignOutEverywhere() {
  const runner = useActionRunner();
  return (
    <Card title="Sessions" description="Signed in on a device you no longer use? End every session, including this one.">
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
      <Button variant="secondary" disabled={runner.pending} onClick={() => runner.run(signOutEverywhere)}>
        {runner.pending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </Card>
  );
}
