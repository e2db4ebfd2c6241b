import type { Db } from "@/lib/db/client";
import { OWNER_ROLE } from "@/lib/permissions";

/** A user's membership of the team `slug` whose temporary access has ended: what its page tells them. */
export async function endedAccessOf(db: Db, slug: string, userId: string): Promise<{ teamName: string; endedAt: Date; owners: string[] } | null> {
  const membership = await db.membership.findFirst({
    where: { userId, team: { slug }, accessEndsAt: { lte: new Date() } },
    select: { accessEndsAt: true, team: { select: { name: true, memberships: { where: { role: OWNER_ROLE }, select: { user: { select: { name: true } } }, orderBy: { createdAt: "asc" } } } } },
  });
  if (!membership?.accessEndsAt) return null;
  return { teamName: membership.team.name, endedAt: membership.accessEndsAt, owners: membership.team.memberships.map((m) => m.user.name) };
}
