import { notFound } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { loadMember, type Member } from "./member";

/** For team pages: the signed-in user's membership in the team, read from the database.
 *  Not a member (or no such team) -> 404, so a team's existence is not revealed. */
export const requireMember = cache(async (slug: string): Promise<Member> => {
  const user = await requireUser();
  const member = await loadMember(db, slug, user.id);
  if (!member) notFound();
  return member;
});
