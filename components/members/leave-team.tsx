"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { callAction, refusalMessage } from "@/components/forms/call-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { leaveTeamAction } from "@/lib/members/actions";

/**
 * The team's only Owner sees why they cannot leave instead of a Leave button that would refuse. A
 * member whose access has ended (`ended`) may leave too, to be off the team's list.
 */
export function LeaveTeam({ slug, teamName, lastOwner, ended = false }: { slug: string; teamName: string; lastOwner: boolean; ended?: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ReactNode>(null);
  const [pending, setPending] = useState(false);
  return (
    <>
      <Button variant="secondary" className={ended ? "w-full" : undefined} onClick={() => setOpen(true)}>
        Leave team
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title={`Leave ${teamName}?`}
        description={
          lastOwner
            ? "You are its only Owner, and a team always needs one. Transfer ownership to another member first, or delete the team in Settings."
            : ended
              ? "You leave its member list for good. The resources you created pass to the team Owner and your API keys there are revoked. Only a new invitation brings you back."
              : "You lose access at once. The resources you created pass to the team Owner."
        }
      >
        {error && <Alert tone="error">{error}</Alert>}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {lastOwner ? "Got it" : "Stay"}
          </Button>
          {!lastOwner && (
            <Button
              variant="danger"
              disabled={pending}
              onClick={async () => {
                setPending(true);
                const result = await callAction(() => leaveTeamAction(slug, {}));
                setPending(false);
                if (result.ok) router.push("/");
                else setError(refusalMessage(result, "Could not leave the team."));
              }}
            >
              Leave team
            </Button>
          )}
        </div>
      </Dialog>
    </>
  );
}
