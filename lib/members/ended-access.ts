import type { Db } from "@/lib/db/client";
import { TEAM_WITH_OWNERS, whomToAsk } from "./whom-to-ask";

/** A user's membership of the team `slug` whose temporary access has ended: what its page tells them. */
export async function endedAccessOf(db: Db, slug: string, userId: string): Promise<{ teamName: string; endedAt: Date; askWhom: string } | null> {
  const membership = await db.membership.findFirst({
    where: { userId, team: { slug }, accessEndsAt: { lte: new Date() } },
    select: { accessEndsAt: true, team: TEAM_WITH_OWNERS },
  });
  if (!membership?.accessEndsAt) return null;
  return { teamName: membership.team.name, endedAt: membership.accessEndsAt, askWhom: whomToAsk(membership.team.memberships) };
}

/** The team (slug) of the user's most recently ended membership, for `/` when no membership grants access. */
export async function lastEndedTeamOf(db: Db, userId: string): Promise<string | null> {
  const membership = await db.membership.findFirst({ where: { userId, accessEndsAt: { lte: new Date() } }, orderBy: { accessEndsAt: "desc" }, select: { team: { select: { slug: true } } } });
  return membership?.team.slug ?? null;
}
