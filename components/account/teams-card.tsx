import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TeamSummary } from "@/lib/teams/member";

/** The teams the user belongs to, with their role in each: the way back to a team from here. */
export function TeamsCard({ teams }: { teams: (TeamSummary & { roleName: string })[] }) {
  return (
    <Card
      title="Your teams"
      description={teams.length ? "Each team's Owners and Admins decide your role in it." : "You do not belong to a team yet. Create one, or open the invitation link someone sent you."}
      footer={
        <>
          <span className="text-sm text-zinc-600">Teams you create make you their Owner.</span>
          <Link href="/teams/new" className={buttonClass("secondary")}>
            Create a team
          </Link>
        </>
      }
    >
      {teams.length > 0 && (
        <ul className="divide-y divide-zinc-100 rounded-md border border-zinc-200" aria-label="Your teams">
          {teams.map((team) => (
            <li key={team.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-3 py-2.5 text-sm">
              <Link href={`/t/${team.slug}`} className="min-w-0 break-words font-medium underline-offset-2 hover:underline">
                {team.name}
              </Link>
              <span className="text-zinc-600">
                {team.roleName} · /t/{team.slug}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
