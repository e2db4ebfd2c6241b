import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { homeTeam, LAST_TEAM_COOKIE } from "@/lib/teams/last-team";
import { teamsOf } from "@/lib/teams/member";

/** Opens the team this browser last worked in while the user still belongs to it, else their first team. */
export default async function Home() {
  const user = await requireUser();
  const team = homeTeam(await teamsOf(db, user.id), (await cookies()).get(LAST_TEAM_COOKIE)?.value);
  redirect(team ? `/t/${team.slug}` : "/teams/new");
}
