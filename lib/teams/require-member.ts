import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { lacksRequiredTwoFactor } from "@/lib/permissions";
import { endedAccessOf } from "@/lib/members/ended-access";
import { loadMember, type Member } from "./member";

/** For team pages: the signed-in user's membership in the team, read from the database.
 *  Not a member (or no such team) -> 404, so a team's existence is not revealed; a member whose
 *  temporary access has ended is told so. A team that
 *  requires 2FA sends members without it to /account to enrol, then back here. */
export const requireMember = cache(async (slug: string): Promise<Member> => {
  const user = await requireUser();
  const member = await loadMember(db, slug, user.id, { touch: true });
  if (!member) {
    if (await endedAccessOf(db, slug, user.id)) redirect(`/access-ended/${encodeURIComponent(slug)}`);
    notFound();
  }
  if (lacksRequiredTwoFactor(member, user)) {
    const path = (await headers()).get("x-roster-path") ?? `/t/${slug}`;
    redirect(`/account?${new URLSearchParams({ enrol: "1", next: path })}`);
  }
  return member;
});
