import { z } from "zod";
import { selectedIdsField } from "@/lib/validation/selected-ids";

export const membershipIdField = z.string().trim().min(1, "Pick a member").max(64);

export const changeRoleSchema = z.object({
  membershipId: membershipIdField,
  role: z.string().trim().min(1, "Pick a role").max(80),
});
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

/** How far ahead temporary access may end. */
export const MAX_ACCESS_DAYS = 5 * 366;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDay = (day: string) => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return ISO_DAY.test(day) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
};
/** Today in UTC, or a day `offsetDays` away, as a date field holds it. */
export const utcDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The last day of a member's access ("" for no end), a UTC date as a date field gives it. */
export const lastDayField = z
  .string()
  .trim()
  .refine((day) => day === "" || isCalendarDay(day), "Enter a date such as 2026-12-31")
  .refine((day) => !isCalendarDay(day) || day >= utcDay(), "Pick today or a later date")
  .refine((day) => !isCalendarDay(day) || day <= utcDay(MAX_ACCESS_DAYS), "Pick a date within 5 years");

export const accessEndSchema = z.object({ membershipId: membershipIdField, lastDay: lastDayField });
export type AccessEndInput = z.input<typeof accessEndSchema>;

export const removeMemberSchema = z.object({ membershipId: membershipIdField });
export type RemoveMemberInput = z.input<typeof removeMemberSchema>;

const membershipIdsField = selectedIdsField("member");

export const changeRolesSchema = z.object({ membershipIds: membershipIdsField, role: changeRoleSchema.shape.role });

export const removeMembersSchema = z.object({ membershipIds: membershipIdsField });

export const accessEndsSchema = z.object({ membershipIds: membershipIdsField, lastDay: lastDayField });

/** The date field alone: the access end dialog's form, for one member or several. */
export const lastDaySchema = z.object({ lastDay: lastDayField });

export const leaveTeamSchema = z.object({});

/** "temporary": members whose access has an end date, ended or not. "unsent": invitations whose email has not gone (Invitation.mailError). */
export const MEMBER_STATUSES = ["joined", "temporary", "pending", "withdrawn", "expired", "unsent", "inactive"] as const;
/** "inactive": joined members who have not used the team for this long (a filter for members.security only). */
export const INACTIVE_AFTER_DAYS = 90;
export const MEMBERS_PAGE_SIZE = 25;

/** Longer searches are cut here (the search field takes no more), not dropped. */
export const MAX_SEARCH_LENGTH = 100;

/** The orders the members table offers; "recent" and "idle" read members' activity (members.security only). */
export const MEMBER_SORTS = ["newest", "oldest", "name", "recent", "idle", "ends"] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
export const ACTIVITY_SORTS: readonly MemberSort[] = ["recent", "idle"];

/** The members table's URL query; anything malformed falls back to "no filter". */
export const memberListQuerySchema = z.object({
  q: z.string().trim().transform((q) => q.slice(0, MAX_SEARCH_LENGTH) || undefined).optional().catch(undefined),
  role: z.string().trim().max(80).optional().catch(undefined),
  status: z.enum(MEMBER_STATUSES).optional().catch(undefined),
  sort: z.enum(MEMBER_SORTS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type MemberListQuery = z.output<typeof memberListQuerySchema>;

/** The order a list query asks for: newest first, or soonest end first when it lists temporary access. */
export function sortOf(query: MemberListQuery): MemberSort {
  return query.sort ?? (query.status === "temporary" ? "ends" : "newest");
}
