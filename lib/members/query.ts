import { can, type Actor } from "@/lib/permissions";
import { memberListQuerySchema, type MemberListQuery } from "./schemas";

/** The members list query from a URL, as this member may run it: the "inactive" filter reads members'
 *  activity, which is for `members.security`; for anyone else it is ignored like any unknown value. */
export function memberListQueryFor(member: Actor, params: Record<string, string | undefined>): MemberListQuery {
  const query = memberListQuerySchema.parse(params);
  return query.status === "inactive" && !can(member, "members.security") ? { ...query, status: undefined } : query;
}
