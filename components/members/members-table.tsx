import Link from "next/link";
import { formatTime } from "@/components/audit/format";
import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Th } from "@/components/ui/table";
import { accessEndText, endingSoonText, lastDayOf } from "@/lib/members/access-end";
import { lastActiveText } from "@/lib/members/last-active";
import { timeUntil } from "@/lib/text/time-ago";
import type { MemberRow } from "@/lib/members/list";
import type { MemberSort } from "@/lib/members/schemas";
import { isOwner, maySeeActivityOf, type Actor } from "@/lib/permissions";
import { roleChoiceOf } from "@/lib/roles/choice";
import type { RoleOption } from "@/lib/roles/options";
import { MemberRowMenu, type RowAbilities } from "./member-row-menu";
import { SelectMember, SelectPage } from "./member-selection";

const STATUS_TONE = { joined: "green", ended: "red", pending: "amber", withdrawn: "neutral", expired: "red" } as const;
const WITHDRAWN = "Its sender can no longer invite with this role, so it admits no one and holds no seat.";
const DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

type SortedColumn = "name" | "date" | "activity";
/** The column each order sorts, and which way (the order by access end sorts no column of its own). */
const SORTED_BY: Partial<Record<MemberSort, [SortedColumn, "ascending" | "descending"]>> = {
  newest: ["date", "descending"],
  oldest: ["date", "ascending"],
  name: ["name", "ascending"],
  recent: ["activity", "descending"],
  idle: ["activity", "ascending"],
};

type Props = {
  slug: string;
  rows: MemberRow[];
  viewer: Actor;
  showSecurity: boolean;
  abilities: Omit<RowAbilities, "accessEnd"> & { touchOwners: boolean };
  roles: RoleOption[];
  sort: MemberSort;
  /** Checkboxes for the bulk actions; the table must then sit inside <MemberSelection>. */
  selectable: boolean;
};

export function MembersTable({ slug, rows, viewer, showSecurity, abilities, roles, sort, selectable }: Props) {
  const columns = (showSecurity ? 8 : 5) + (selectable ? 1 : 0);
  const now = new Date();
  const abilitiesOf = (row: MemberRow) => {
    // mayManageMember: an Owner only by an Owner, anyone else only by who could grant their role.
    const touchable = isOwner(row) ? abilities.touchOwners : Boolean(roles.find((r) => r.value === roleChoiceOf(row))?.grantable);
    const changeRole = abilities.changeRole && touchable;
    return { ...abilities, changeRole, remove: abilities.remove && touchable, accessEnd: changeRole && !isOwner(row) };
  };
  const labelOf = (row: MemberRow) => (row.name ? `${row.name} (${row.email})` : row.email);
  const pickable = (row: MemberRow) => {
    if (!selectable) return false;
    if (row.kind === "invite") return abilities.invite;
    const can = abilitiesOf(row);
    return row.userId !== viewer.userId && (can.changeRole || can.remove);
  };
  const picked = (row: MemberRow) => ({ id: row.id, label: labelOf(row), kind: row.kind });
  const sorted = (column: SortedColumn) => (SORTED_BY[sort]?.[0] === column ? SORTED_BY[sort][1] : undefined);
  const arrow = (column: SortedColumn) =>
    sorted(column) && (
      <span aria-hidden="true" className="ml-1 text-zinc-500">
        {sorted(column) === "ascending" ? "↑" : "↓"}
      </span>
    );
  return (
    <Table caption="Members and pending invitations">
      <thead>
        <tr>
          {selectable && (
            <Th className="w-10">
              <SelectPage rows={rows.filter(pickable).map(picked)} />
            </Th>
          )}
          <Th aria-sort={sorted("name")}>Name{arrow("name")}</Th>
          <Th>Role</Th>
          <Th>Status</Th>
          <Th aria-sort={sorted("date")}>Joined / invited{arrow("date")}</Th>
          {showSecurity && <Th aria-sort={sorted("activity")}>Last active{arrow("activity")}</Th>}
          {showSecurity && <Th>Sign-in method</Th>}
          {showSecurity && <Th>2FA</Th>}
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <EmptyRow colSpan={columns}>No members match these filters.</EmptyRow>}
        {rows.map((row) => {
          const rowAbilities = abilitiesOf(row);
          return (
            <tr key={`${row.kind}-${row.id}`} data-testid="member-row">
              {selectable && <td className="w-10">{pickable(row) && <SelectMember {...picked(row)} />}</td>}
              <td>
                <div className="font-medium">
                  {row.kind === "invite" ? (
                    <span className="text-zinc-600">Invited</span>
                  ) : row.userId && maySeeActivityOf(viewer, row.userId) ? (
                    <Link href={`/t/${slug}/members/${row.id}`} prefetch={false} className="hover:underline">
                      {row.name}
                    </Link>
                  ) : (
                    row.name
                  )}
                </div>
                <div className="text-xs text-zinc-600">{row.email}</div>
              </td>
              <td>{row.roleName}</td>
              <td>
                <Badge tone={STATUS_TONE[row.status]} title={row.status === "withdrawn" ? WITHDRAWN : undefined}>
                  {row.status[0].toUpperCase() + row.status.slice(1)}
                </Badge>
                {row.accessEndsAt && <AccessEnd endsAt={row.accessEndsAt} now={now} />}
                {row.mailError && row.status !== "withdrawn" && <MailTrouble row={row} mayResend={abilities.invite} now={now} />}
                {row.status === "withdrawn" && (
                  <span className="mt-1 block max-w-56 min-w-44 text-xs text-zinc-600">
                    Its sender can no longer invite with this role{row.mailError ? ", and its email was not sent" : ""}.{" "}
                    {abilities.invite ? "Resend it to make it yours and revive it." : "An admin can resend it."}
                  </span>
                )}
              </td>
              <td className="whitespace-nowrap text-zinc-700">
                {DATE.format(row.date)}
                {row.kind === "invite" && row.expiresAt && (
                  <span className="block text-xs text-zinc-600">
                    {row.status === "expired" ? "expired" : "expires"} {DATE.format(row.expiresAt)}
                  </span>
                )}
              </td>
              {showSecurity && (
                <td className="whitespace-nowrap text-zinc-700">
                  <LastActive row={row} now={now} />
                </td>
              )}
              {showSecurity && <td className="text-zinc-700">{row.signInMethod ?? "—"}</td>}
              {showSecurity && <td>{row.kind === "member" ? (row.totpEnabled ? <Badge tone="green">On</Badge> : <Badge>Off</Badge>) : "—"}</td>}
              <td className="text-right">
                <MemberRowMenu
                  slug={slug}
                  roles={roles}
                  can={rowAbilities}
                  row={{ kind: row.kind, id: row.id, name: row.name, email: row.email, roleValue: roleChoiceOf(row), roleName: row.roleName, isSelf: row.userId === viewer.userId, lastDay: row.accessEndsAt && lastDayOf(row.accessEndsAt) }}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

function LastActive({ row, now }: { row: MemberRow; now: Date }) {
  if (!row.lastActiveAt) return "—";
  const text = lastActiveText(row.lastActiveAt, now);
  return (
    <time dateTime={row.lastActiveAt.toISOString()} title={formatTime(row.lastActiveAt)}>
      {text[0].toUpperCase() + text.slice(1)}
    </time>
  );
}

/** An invitation whose email has not gone: retried on its own, or given up until someone resends it. */
function MailTrouble({ row, mayResend, now }: { row: MemberRow; mayResend: boolean; now: Date }) {
  const why = /[.!?]$/.test(row.mailError!) ? row.mailError : `${row.mailError}.`;
  return (
    <span className="mt-1 block max-w-64 min-w-44 text-xs text-red-800" data-testid="invite-mail-error">
      {row.mailRetryAt ? (
        <>
          Email not sent yet; next try{" "}
          <time dateTime={row.mailRetryAt.toISOString()} title={formatTime(row.mailRetryAt)}>
            {row.mailRetryAt > now ? timeUntil(row.mailRetryAt, now) : "due now"}
          </time>
          .
        </>
      ) : (
        "Email not sent."
      )}{" "}
      {why} {!row.mailRetryAt && (mayResend ? "Resend it, or copy its new link and send that yourself." : "An admin can resend it.")}
    </span>
  );
}

/** "Access until 3 Dec 2026", in amber with the days left in its last week. */
function AccessEnd({ endsAt, now }: { endsAt: Date; now: Date }) {
  const soon = endingSoonText(endsAt, now);
  return (
    <span className={`mt-1 block text-xs whitespace-nowrap ${soon ? "font-medium text-amber-800" : "text-zinc-600"}`}>
      Access {accessEndText(endsAt, now)}
      {soon && ` · ${soon}`}
    </span>
  );
}
