import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { teamsOf } from "@/lib/teams/member";

export default async function Home() {
  const user = await requireUser();
  const [first] = await teamsOf(db, user.id);
  redirect(first ? `/t/${first.slug}` : "/teams/new");
}
