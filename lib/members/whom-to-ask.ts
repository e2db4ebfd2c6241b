import { OWNER_ROLE } from "@/lib/permissions";

const NAMES = new Intl.ListFormat("en", { type: "conjunction" });

/** Prisma `select` of a team's name, slug and Owners, oldest first: whom a member whose access ends should ask. */
export const TEAM_WITH_OWNERS = {
  select: { name: true, slug: true, memberships: { where: { role: OWNER_ROLE }, select: { user: { select: { name: true } } }, orderBy: { createdAt: "asc" } } },
} as const;

/** "its Owner (Ada and Bo) or an Admin". */
export function whomToAsk(owners: { user: { name: string } }[]): string {
  return owners.length ? `its Owner (${NAMES.format(owners.map((o) => o.user.name))}) or an Admin` : "an Owner or Admin";
}
