import { buttonClass } from "@/components/ui/button";
import { INACTIVE_AFTER_DAYS, MAX_SEARCH_LENGTH, sortOf, type MemberListQuery } from "@/lib/members/schemas";
import type { RoleOption } from "@/lib/roles/options";

const CONTROL = "rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm";

/** A plain GET form: filters live in the URL, so a filtered view can be shared and reloaded. */
export function MemberFilters({ query, roles, showActivity }: { query: MemberListQuery; roles: RoleOption[]; showActivity: boolean }) {
  return (
    <form method="get" role="search" aria-label="Filter members" className="mb-4 flex flex-wrap items-end gap-3">
      <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm">
        <span className="font-medium">Search</span>
        <input name="q" type="search" maxLength={MAX_SEARCH_LENGTH} defaultValue={query.q} placeholder="Name or email" className={CONTROL} />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Role</span>
        <select name="role" defaultValue={query.role ?? ""} className={CONTROL}>
          <option value="">All roles</option>
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Status</span>
        <select name="status" defaultValue={query.status ?? ""} className={CONTROL}>
          <option value="">All</option>
          <option value="joined">Joined</option>
          <option value="temporary">Temporary access</option>
          <option value="pending">Pending</option>
          <option value="withdrawn">Withdrawn</option>
          <option value="expired">Expired</option>
          <option value="unsent">Email not sent</option>
          {showActivity && <option value="inactive">Inactive for {INACTIVE_AFTER_DAYS}+ days</option>}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm">
        <span className="font-medium">Sort</span>
        <select name="sort" defaultValue={sortOf(query)} className={CONTROL}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="name">Name (A–Z)</option>
          {showActivity && <option value="recent">Recently active</option>}
          {showActivity && <option value="idle">Least recently active</option>}
          <option value="ends">Access ends soonest</option>
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        Apply
      </button>
    </form>
  );
}
