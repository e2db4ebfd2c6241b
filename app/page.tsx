import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { lastEndedTeamOf } from "@/lib/members/ended-access";
import { homeTeam, LAST_TEAM_COOKIE } from "@/lib/teams/last-team";
import { teamsOf } from "@/lib/teams/member";

/**
 * Opens the team this browser last worked in while the user still belongs to it, else their first
 * team; with none, the page of a team whose access has ended, else team creation.
 */
export default async function Home() {
  const user = await requireUser();
  const team = homeTeam(await teamsOf(db, user.id), (await cookies()).get(LAST_TEAM_COOKIE)?.value);
  if (team) redirect(`/t/${team.slug}`);
  const ended = await lastEndedTeamOf(db, user.id);
  redirect(ended ? `/access-ended/${ended}` : "/teams/new");
}
