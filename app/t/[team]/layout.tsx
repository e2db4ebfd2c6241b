import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { TeamNav } from "@/components/layout/team-nav";
import { TeamSwitcher } from "@/components/layout/team-switcher";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { invitationsFor } from "@/lib/invites/for-user";
import { accessEndText, endingSoonText } from "@/lib/members/access-end";
import { teamsOf } from "@/lib/teams/member";
import { teamNavigation } from "@/lib/teams/navigation";
import { requireMember } from "@/lib/teams/require-member";

export default async function TeamLayout({ children, params }: { children: ReactNode; params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const [user, member] = await Promise.all([requireUser(), requireMember(slug)]);
  const [teams, invitations] = await Promise.all([teamsOf(db, user.id), invitationsFor(db, user.id)]);
  const endingSoon = member.accessEndsAt && endingSoonText(member.accessEndsAt);
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
        Skip to content
      </a>
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
          <div className="flex min-w-0 items-center gap-3">
            {/* On a phone the team's name needs the room more than the product's. */}
            <span className="hidden text-sm font-bold tracking-tight sm:inline">Roster</span>
            <span aria-hidden className="hidden text-zinc-300 sm:inline">/</span>
            <TeamSwitcher current={{ slug, name: member.team.name, roleName: member.roleName }} teams={teams.map((t) => ({ slug: t.slug, name: t.name, roleName: t.roleName }))} invitations={invitations.length} />
          </div>
          <div className="flex items-center gap-3">
            <span className="hidden text-sm text-zinc-600 sm:inline" data-testid="whoami">
              {user.email} · {member.roleName}
            </span>
            <Link href="/account" className="whitespace-nowrap rounded-md px-2 py-1.5 text-sm text-zinc-700 hover:bg-zinc-100">Account</Link>
            <SignOutButton />
          </div>
        </div>
        <div className="mx-auto max-w-6xl px-4 pb-2">
          <TeamNav items={teamNavigation(member)} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {member.accessEndsAt && endingSoon && (
          <div className="mb-6">
            <Alert tone="warning">
              Your access to {member.team.name} lasts {accessEndText(member.accessEndsAt)} (UTC): {endingSoon}. Ask an Owner or Admin to extend it if you need
              longer.
            </Alert>
          </div>
        )}
        {children}
      </main>
    </div>
  );
}
