"use client";

import { useRouter } from "next/navigation";
import { useActionRunner } from "@/components/forms/use-action-runner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { joinListedTeamAction } from "@/lib/invites/actions";
import type { ListedTeam } from "@/lib/invites/listed";

/** Teams that list an invite link for the domain of the user's confirmed address, each to join right here. */
export function TeamsToJoin({ teams }: { teams: ListedTeam[] }) {
  if (teams.length === 0) return null;
  return (
    <section aria-labelledby="teams-to-join-heading" className="space-y-2">
      <h2 id="teams-to-join-heading" className="text-base font-semibold">
        Teams at {teams[0].domain}
      </h2>
      <ul className="space-y-2">
        {teams.map((team) => (
          <Team key={team.invitationId} team={team} />
        ))}
      </ul>
    </section>
  );
}

function Team({ team: { invitationId, teamName, roleName, domain, require2fa } }: { team: ListedTeam }) {
  const router = useRouter();
  const runner = useActionRunner();
  return (
    <li className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 text-sm shadow-xs" aria-label={teamName}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="min-w-0 break-words">
          Anyone at {domain} can join <strong>{teamName}</strong> as {roleName}.
          {require2fa && <span className="block text-xs text-zinc-600">Joining needs two-factor sign-in on your account (Account, Two-factor authentication).</span>}
        </p>
        <Button disabled={runner.pending} onClick={() => runner.run(() => joinListedTeamAction({ invitationId }), ({ slug }) => router.push(`/t/${slug}`))}>
          {runner.pending ? "Working…" : `Join ${teamName}`}
        </Button>
      </div>
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
    </li>
  );
}
