"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { declineInvitationAction, joinInvitedTeamAction } from "@/lib/invites/actions";
import type { InvitationForUser } from "@/lib/invites/for-user";

/** Invitations sent to the user's confirmed address, each to join or turn down right here. */
export function InvitationsForYou({ invitations }: { invitations: InvitationForUser[] }) {
  const [declined, setDeclined] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // The declined invitation leaves the list with the button that had focus; the outcome takes it.
  useEffect(() => {
    if (declined) status.current?.focus();
  }, [declined]);
  if (invitations.length === 0 && !declined) return null;
  return (
    <section aria-labelledby="invitations-heading" className="space-y-2">
      <h2 id="invitations-heading" className="text-base font-semibold">
        Invitations for you
      </h2>
      <p ref={status} role="status" tabIndex={-1} className="text-sm text-zinc-700 empty:hidden focus:outline-none">
        {declined && `You declined the invitation to ${declined}.`}
      </p>
      {invitations.length > 0 && (
        <ul className="space-y-2">
          {invitations.map((invitation) => (
            <Invitation key={invitation.id} invitation={invitation} onDeclined={setDeclined} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Invitation({ invitation, onDeclined }: { invitation: InvitationForUser; onDeclined: (teamName: string) => void }) {
  const router = useRouter();
  const runner = useActionRunner();
  const { id, teamName, roleName, inviterName, expiresAt, require2fa } = invitation;
  return (
    <li className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 text-sm shadow-xs" aria-label={`Invitation to ${teamName}`}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="min-w-0 break-words">
          <strong>{inviterName}</strong> invited you to join <strong>{teamName}</strong> as {roleName}.
          {expiresAt && <span className="block text-xs text-zinc-600">Expires {expiresAt.toISOString().slice(0, 10)} (UTC).</span>}
          {require2fa && <span className="block text-xs text-zinc-600">Joining needs two-factor sign-in on your account (Account, Two-factor authentication).</span>}
        </p>
        <div className="flex gap-2">
          <Button variant="secondary" disabled={runner.pending} onClick={() => runner.run(() => declineInvitationAction({ invitationId: id }), ({ team }) => onDeclined(team))}>
            Decline
          </Button>
          <Button disabled={runner.pending} onClick={() => runner.run(() => joinInvitedTeamAction({ invitationId: id }), ({ slug }) => router.push(`/t/${slug}`))}>
            {runner.pending ? "Working…" : `Join ${teamName}`}
          </Button>
        </div>
      </div>
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
    </li>
  );
}
