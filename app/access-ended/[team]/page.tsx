import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { LeaveTeam } from "@/components/members/leave-team";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { accessEndText } from "@/lib/members/access-end";
import { endedAccessOf } from "@/lib/members/ended-access";
import { teamsOf } from "@/lib/teams/member";

export const metadata = { title: "Access ended" };

/** Where a team's pages send a member whose temporary access has ended. */
export default async function AccessEndedPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const user = await requireUser();
  const [ended, teams] = await Promise.all([endedAccessOf(db, slug, user.id), teamsOf(db, user.id)]);
  if (!ended) notFound();
  return (
    <AuthShell title={`Your access to ${ended.teamName} has ended`}>
      <div className="space-y-4 text-sm">
        <p>
          It {accessEndText(ended.endedAt)}, the date an Owner or Admin set for it. You are still listed in the team, with your role and the resources you
          created, until they extend your access or remove you.
        </p>
        <p>
          To keep working in {ended.teamName}, ask {ended.askWhom} to extend it.
        </p>
        <p>If you are done with {ended.teamName}, you can leave it.</p>
        <LeaveTeam slug={slug} teamName={ended.teamName} lastOwner={false} ended />
        {/* "/" sends someone with no other team back here. */}
        <Link className={buttonClass("secondary", "w-full")} href={teams.length ? "/" : "/teams/new"}>
          {teams.length ? "Go to your other teams" : "Create a team of your own"}
        </Link>
      </div>
    </AuthShell>
  );
}
