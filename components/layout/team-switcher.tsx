"use client";

import { useEffect } from "react";
import { Menu } from "@/components/ui/menu";
import { rememberTeam } from "@/lib/teams/last-team";

type TeamLink = { slug: string; name: string; roleName: string };

/** `invitations`: how many teams invited the user's confirmed address (they are answered on the account page). */
export function TeamSwitcher({ current, teams, invitations }: { current: TeamLink; teams: TeamLink[]; invitations: number }) {
  useEffect(() => rememberTeam(current.slug), [current.slug]);
  return (
    <Menu
      heading="Your teams"
      menuClassName="min-w-64"
      triggerClassName="inline-flex min-w-0 items-center gap-2 whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-zinc-900"
      items={[
        ...teams.map((team) => ({ label: team.name, hint: team.roleName, href: `/t/${team.slug}`, current: team.slug === current.slug })),
        ...(invitations > 0 ? [{ label: "Invitations for you", hint: `${invitations} waiting`, href: "/account#invitations-heading", separatorBefore: true }] : []),
        { label: "Create a team", href: "/teams/new", separatorBefore: invitations === 0 },
      ]}
    >
      <span className="sr-only">Switch team. Current team:</span>
      <span className="flex h-6 w-6 items-center justify-center rounded bg-zinc-900 text-xs font-bold text-white" aria-hidden>
        {current.name.slice(0, 1).toUpperCase()}
      </span>
      <span className="max-w-32 truncate sm:max-w-72">{current.name}</span>
      {invitations > 0 && (
        <span className="rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900">
          {invitations}
          <span className="sr-only"> {invitations === 1 ? "invitation" : "invitations"} waiting</span>
        </span>
      )}
      <span aria-hidden className="text-zinc-500">▾</span>
    </Menu>
  );
}
