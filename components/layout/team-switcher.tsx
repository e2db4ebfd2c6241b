"use client";

import Link from "next/link";
import { DropdownMenu } from "radix-ui";

type TeamLink = { slug: string; name: string; roleName: string };

export function TeamSwitcher({ current, teams }: { current: TeamLink; teams: TeamLink[] }) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="inline-flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-zinc-900"
      >
        <span className="sr-only">Switch team. Current team:</span>
        <span className="flex h-6 w-6 items-center justify-center rounded bg-zinc-900 text-xs font-bold text-white" aria-hidden>
          {current.name.slice(0, 1).toUpperCase()}
        </span>
        {current.name}
        <span aria-hidden className="text-zinc-500">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="start" sideOffset={6} className="z-50 min-w-64 rounded-md border border-zinc-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-2 py-1.5 text-xs font-medium text-zinc-600">Your teams</DropdownMenu.Label>
          {teams.map((team) => (
            <DropdownMenu.Item key={team.slug} asChild>
              <Link
                href={`/t/${team.slug}`}
                className="flex items-center justify-between gap-4 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-zinc-100"
                aria-current={team.slug === current.slug ? "page" : undefined}
              >
                <span>{team.name}</span>
                <span className="text-xs text-zinc-600">{team.roleName}</span>
              </Link>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-zinc-200" />
          <DropdownMenu.Item asChild>
            <Link href="/teams/new" className="block rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-zinc-100">
              Create a team
            </Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
