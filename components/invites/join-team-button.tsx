"use client";

import { useRouter } from "next/navigation";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptInviteAction } from "@/lib/invites/actions";

export function JoinTeamButton({ token, teamName }: { token: string; teamName: string }) {
  const router = useRouter();
  const runner = useActionRunner();
  return (
    <div className="space-y-3">
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
      <Button className="w-full" disabled={runner.pending} onClick={() => runner.run(() => acceptInviteAction({ token }), ({ slug }) => router.push(`/t/${slug}`))}>
        {runner.pending ? "Joining…" : `Join ${teamName}`}
      </Button>
    </div>
  );
}
