import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { InvitationsForYou } from "@/components/invites/invitations-for-you";
import { TeamsToJoin } from "@/components/invites/teams-to-join";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { invitationsFor } from "@/lib/invites/for-user";
import { listedTeamsFor } from "@/lib/invites/listed";
import { teamsOf } from "@/lib/teams/member";

export const metadata = { title: "Create your team" };

export default async function NewTeamPage() {
  const user = await requireUser();
  const [[firstTeam], invitations, listed] = await Promise.all([teamsOf(db, user.id), invitationsFor(db, user.id), listedTeamsFor(db, user.id)]);
  const footer = (
    <div className="space-y-1 text-center text-sm text-zinc-600">
      <p className="[overflow-wrap:anywhere]">Signed in as {user.email}</p>
      <div className="flex flex-wrap items-center justify-center gap-x-3">
        {firstTeam && (
          <Link href={`/t/${firstTeam.slug}`} className="rounded-md px-2 py-1.5 text-zinc-700 hover:bg-zinc-100">
            Back to {firstTeam.name}
          </Link>
        )}
        <Link href="/account" className="rounded-md px-2 py-1.5 text-zinc-700 hover:bg-zinc-100">
          Account
        </Link>
        <SignOutButton />
      </div>
    </div>
  );
  return (
    <AuthShell title="Create your team" subtitle="Turn your personal account into a named team. You will be its Owner and can invite others next." footer={footer}>
      <div className="space-y-6">
        <InvitationsForYou invitations={invitations} />
        <TeamsToJoin teams={listed} />
        <CreateTeamForm defaultName={`${user.name.split(" ")[0]}'s team`} />
      </div>
    </AuthShell>
  );
}
