import { can, type Actor } from "@/lib/permissions";
import { ACTIVITY_SORTS, memberListQuerySchema, type MemberListQuery } from "./schemas";

/** The members list query from a URL, as this member may run it: the "inactive" filter and the orders by
 *  activity read members' activity, which is for `members.security`; for anyone else they are ignored like
 *  any unknown value. */
export function memberListQueryFor(member: Actor, params: Record<string, string | undefined>): MemberListQuery {
  const query = memberListQuerySchema.parse(params);
  if (can(member, "members.security")) return query;
  return {
    ...query,
    status: query.status === "inactive" ? undefined : query.status,
    sort: query.sort && ACTIVITY_SORTS.includes(query.sort) ? undefined : query.sort,
  };
}
