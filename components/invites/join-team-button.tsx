"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { acceptInviteAction } from "@/lib/invites/actions";

export function JoinTeamButton({ token, teamName }: { token: string; teamName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-3">
      {error && <Alert tone="error">{error}</Alert>}
      <Button
        className="w-full"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const result = await acceptInviteAction({ token });
          if (result.ok) router.push(`/t/${result.data.slug}`);
          else {
            setError(result.error ?? "Could not join the team.");
            setPending(false);
          }
        }}
      >
        {pending ? "Joining…" : `Join ${teamName}`}
      </Button>
    </div>
  );
}
