import { signInMethodOf } from "@/lib/auth/sign-in-method";
import type { Db } from "@/lib/db/client";
import { containsPattern } from "@/lib/db/like-pattern";
import { Prisma } from "@/lib/generated/prisma/client";
import { resolveRole } from "@/lib/permissions";
import { pageCount } from "@/lib/validation/page-number";
import { senderMayInviteSql } from "@/lib/invites/standing-sql";
import { INACTIVE_AFTER_DAYS, MEMBERS_PAGE_SIZE, sortOf, type MemberListQuery, type MemberSort } from "./schemas";

export type MemberRow = {
  kind: "member" | "invite";
  id: string;
  userId: string | null;
  name: string | null;
  email: string;
  role: string;
  customRoleId: string | null;
  roleName: string;
  /** withdrawn: an unexpired invitation whose sender can no longer invite with its role (see inviterMayGrant).
   *  ended: a member whose temporary access has ended. */
  status: "joined" | "ended" | "pending" | "withdrawn" | "expired";
  date: Date;
  /** Members only: their latest request to the team, kept to 5 minutes. */
  lastActiveAt: Date | null;
  expiresAt: Date | null;
  /** Members with temporary access: when it ends (see access-end.ts). */
  accessEndsAt: Date | null;
  signInMethod: string | null;
  totpEnabled: boolean;
  /** Invitations only: why their email has not been sent, and its next try (null once it was given up). */
  mailError: string | null;
  mailRetryAt: Date | null;
};

const [ASC, DESC] = [Prisma.sql`ASC`, Prisma.sql`DESC`];

/** Each order's key for a member and for an invitation. Invitations sort by address where members sort by name,
 *  as the table shows them. */
const ORDERS: Record<MemberSort, { member: Prisma.Sql; invite: Prisma.Sql; direction: Prisma.Sql; byUser: boolean }> = {
  newest: { member: Prisma.sql`m."createdAt"`, invite: Prisma.sql`i."createdAt"`, direction: DESC, byUser: false },
  oldest: { member: Prisma.sql`m."createdAt"`, invite: Prisma.sql`i."createdAt"`, direction: ASC, byUser: false },
  name: { member: Prisma.sql`lower(u.name)`, invite: Prisma.sql`lower(i.email)`, direction: ASC, byUser: true },
  recent: { member: Prisma.sql`m."lastActiveAt"`, invite: Prisma.sql`NULL::timestamp`, direction: DESC, byUser: false },
  idle: { member: Prisma.sql`m."lastActiveAt"`, invite: Prisma.sql`NULL::timestamp`, direction: ASC, byUser: false },
  ends: { member: Prisma.sql`m."accessEndsAt"`, invite: Prisma.sql`i."accessEndsAt"`, direction: ASC, byUser: false },
};

type RawRow = Omit<MemberRow, "roleName" | "signInMethod"> & { customRoleName: string | null; hasPassword: boolean; providers: string[] | null };

/** Joined members with no activity recorded in the team since this time are "inactive". */
export function inactiveSince(now: Date): Date {
  return new Date(now.getTime() - INACTIVE_AFTER_DAYS * 86_400_000);
}

/** The rows matching a list query (members and pending email invitations, each a SELECT) and their counts. */
function memberSources(teamId: string, query: MemberListQuery) {
  const pattern = query.q ? containsPattern(query.q) : null;
  const [roleKey, customRoleId] = query.role?.startsWith("custom:") ? ["custom", query.role.slice(7)] : [query.role ?? null, null];
  const status = query.status ?? null;

  const memberFilter = Prisma.sql`m."teamId" = ${teamId}
    ${pattern ? Prisma.sql`AND (u.email ILIKE ${pattern} OR u.name ILIKE ${pattern})` : Prisma.empty}
    ${roleKey ? Prisma.sql`AND m.role = ${roleKey}` : Prisma.empty}
    ${customRoleId ? Prisma.sql`AND m."customRoleId" = ${customRoleId}` : Prisma.empty}
    ${status === "inactive" ? Prisma.sql`AND m."lastActiveAt" < ${inactiveSince(new Date())}` : Prisma.empty}
    ${status === "temporary" ? Prisma.sql`AND m."accessEndsAt" IS NOT NULL` : Prisma.empty}`;
  const inviteFilter = Prisma.sql`i."teamId" = ${teamId} AND i.status = 'pending' AND i.email IS NOT NULL
    ${pattern ? Prisma.sql`AND i.email ILIKE ${pattern}` : Prisma.empty}
    ${roleKey ? Prisma.sql`AND i.role = ${roleKey}` : Prisma.empty}
    ${customRoleId ? Prisma.sql`AND i."customRoleId" = ${customRoleId}` : Prisma.empty}
    ${status === "pending" ? Prisma.sql`AND (i."expiresAt" IS NULL OR i."expiresAt" > now()) AND ${senderMayInviteSql(teamId)}` : Prisma.empty}
    ${status === "withdrawn" ? Prisma.sql`AND (i."expiresAt" IS NULL OR i."expiresAt" > now()) AND NOT ${senderMayInviteSql(teamId)}` : Prisma.empty}
    ${status === "expired" ? Prisma.sql`AND i."expiresAt" <= now()` : Prisma.empty}
    ${status === "unsent" ? Prisma.sql`AND i."mailError" IS NOT NULL` : Prisma.empty}`;

  const members = (where: Prisma.Sql) => Prisma.sql`
    SELECT 'member' AS kind, m.id, m."userId", u.name, u.email, m.role, m."customRoleId", cr.name AS "customRoleName",
           CASE WHEN m."accessEndsAt" <= now() THEN 'ended' ELSE 'joined' END AS status, m."createdAt" AS date, NULL::timestamp AS "expiresAt", m."accessEndsAt", m."lastActiveAt",
           (u."passwordHash" IS NOT NULL) AS "hasPassword", u."totpEnabled",
           (SELECT array_agg(a.provider) FROM "Account" a WHERE a."userId" = u.id) AS providers, NULL AS "mailError", NULL::timestamp AS "mailRetryAt"
    FROM "Membership" m JOIN "User" u ON u.id = m."userId" LEFT JOIN "CustomRole" cr ON cr.id = m."customRoleId"
    WHERE ${where}`;
  const invites = (where: Prisma.Sql) => Prisma.sql`
    SELECT 'invite' AS kind, i.id, NULL AS "userId", NULL AS name, i.email, i.role, i."customRoleId", cr.name AS "customRoleName",
           CASE WHEN i."expiresAt" <= now() THEN 'expired' WHEN ${senderMayInviteSql(teamId)} THEN 'pending' ELSE 'withdrawn' END AS status, i."createdAt" AS date, i."expiresAt", i."accessEndsAt", NULL::timestamp AS "lastActiveAt",
           false AS "hasPassword", false AS "totpEnabled", NULL::text[] AS providers, i."mailError", i."mailRetryAt"
    FROM "Invitation" i LEFT JOIN "CustomRole" cr ON cr.id = i."customRoleId"
    WHERE ${where}`;
  const order = ORDERS[sortOf(query)];
  // Keys and counts need neither the joined details nor, without a search or the order by name, the users.
  const memberTable = (withUser: boolean) => Prisma.sql`"Membership" m ${withUser ? Prisma.sql`JOIN "User" u ON u.id = m."userId"` : Prisma.empty}`;
  const countedMembers = memberTable(Boolean(pattern));
  return {
    status,
    joinedOnly: status === "joined" || status === "inactive" || status === "temporary",
    members: members(memberFilter),
    invites: invites(inviteFilter),
    order,
    memberKeys: Prisma.sql`SELECT 'member' AS kind, m.id, ${order.member} AS key FROM ${memberTable(Boolean(pattern) || order.byUser)} WHERE ${memberFilter}`,
    inviteKeys: Prisma.sql`SELECT 'invite' AS kind, i.id, ${order.invite} AS key FROM "Invitation" i WHERE ${inviteFilter}`,
    membersById: (ids: Prisma.Sql) => members(Prisma.sql`m.id IN (${ids})`),
    invitesById: (ids: Prisma.Sql) => invites(Prisma.sql`i.id IN (${ids})`),
    memberCount: Prisma.sql`(SELECT count(*) FROM ${countedMembers} WHERE ${memberFilter})`,
    inviteCount: Prisma.sql`(SELECT count(*) FROM "Invitation" i WHERE ${inviteFilter})`,
  };
}

/** The two statements of a members page (rows, total); also run by `npm run bench` with pg directly. */
export function memberListSql(teamId: string, query: MemberListQuery): { rows: Prisma.Sql; total: Prisma.Sql } {
  const page = query.page ?? 1;
  const { status, joinedOnly, order, memberKeys, inviteKeys, membersById, invitesById, memberCount, inviteCount } = memberSources(teamId, query);
  // The page is found on keys alone: each branch reads its rows in the page's order (newest first reads the
  // (teamId, createdAt, id) index) and stops after the rows up to this page, the two are merged, and only
  // the page's 25 rows are joined to their users and roles. A deep page skips keys instead of joining the whole team.
  const upTo = page * MEMBERS_PAGE_SIZE;
  const firstMembers = Prisma.sql`(${memberKeys} ORDER BY key ${order.direction}, m.id ${order.direction} LIMIT ${upTo})`;
  const firstInvites = Prisma.sql`(${inviteKeys} ORDER BY key ${order.direction}, i.id ${order.direction} LIMIT ${upTo})`;
  const source = joinedOnly ? firstMembers : status ? firstInvites : Prisma.sql`${firstMembers} UNION ALL ${firstInvites}`;
  const counted = joinedOnly ? memberCount : status ? inviteCount : Prisma.sql`${memberCount} + ${inviteCount}`;
  // Rows without a key (an invitation has no activity, most members no end date) come last either way.
  const merged = Prisma.sql`key ${order.direction} NULLS LAST, id ${order.direction}`;

  return {
    rows: Prisma.sql`
      WITH page AS (SELECT kind, id, row_number() OVER (ORDER BY ${merged}) AS n FROM (${source}) k ORDER BY ${merged} LIMIT ${MEMBERS_PAGE_SIZE} OFFSET ${(page - 1) * MEMBERS_PAGE_SIZE})
      SELECT t.* FROM (${membersById(Prisma.sql`SELECT id FROM page WHERE kind = 'member'`)}
                       UNION ALL ${invitesById(Prisma.sql`SELECT id FROM page WHERE kind = 'invite'`)}) t
      JOIN page ON page.kind = t.kind AND page.id = t.id
      ORDER BY page.n`,
    total: Prisma.sql`SELECT (${counted})::bigint AS total`,
  };
}

/** Each order's key on a listed row, as ORDERS computes it from the tables. */
const ROW_KEYS: Record<MemberSort, Prisma.Sql> = {
  newest: Prisma.sql`date`,
  oldest: Prisma.sql`date`,
  name: Prisma.sql`lower(coalesce(name, email))`,
  recent: Prisma.sql`"lastActiveAt"`,
  idle: Prisma.sql`"lastActiveAt"`,
  ends: Prisma.sql`"accessEndsAt"`,
};

/** Where a batch ended: its last row's key in the query's order, and its id. */
export type MemberKey = { key: Date | string | null; id: string };

/** Every row a list query matches (all pages), in the list's order, `size` at a time after `after`. */
export async function memberBatch(db: Db, teamId: string, query: MemberListQuery, after: MemberKey | null, size: number): Promise<{ rows: MemberRow[]; next: MemberKey | null }> {
  const { status, joinedOnly, members, invites, order } = memberSources(teamId, query);
  const source = joinedOnly ? members : status ? invites : Prisma.sql`${members} UNION ALL ${invites}`;
  const beyond = order.direction === DESC ? Prisma.sql`<` : Prisma.sql`>`;
  // Rows without a key come last, as on the page: after a keyed row come the keys further on, then the rows without one.
  const rest = !after
    ? Prisma.empty
    : after.key === null
      ? Prisma.sql`WHERE key IS NULL AND id ${beyond} ${after.id}`
      : Prisma.sql`WHERE (key IS NULL OR key ${beyond} ${after.key} OR (key = ${after.key} AND id ${beyond} ${after.id}))`;
  const rows = await db.$queryRaw<(RawRow & { key?: Date | string | null })[]>`
    SELECT * FROM (SELECT t.*, ${ROW_KEYS[sortOf(query)]} AS key FROM (${source}) t) k
    ${rest}
    ORDER BY key ${order.direction} NULLS LAST, id ${order.direction} LIMIT ${size}`;
  const last = rows.at(-1);
  const next = last && rows.length === size ? { key: last.key ?? null, id: last.id } : null;
  for (const row of rows) delete row.key;
  return { rows: rows.map(toRow), next };
}

/**
 * One page of joined members and email invitations together, in the query's order. Filters run in
 * SQL and only one page of rows is read, so the cost stays flat for teams of any size.
 */
export async function listMembers(db: Db, teamId: string, query: MemberListQuery) {
  const page = query.page ?? 1;
  const sql = memberListSql(teamId, query);
  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<RawRow[]>(sql.rows),
    db.$queryRaw<{ total: bigint }[]>(sql.total),
  ]);
  return {
    rows: rows.map(toRow),
    total: Number(total),
    page,
    pages: pageCount(Number(total), MEMBERS_PAGE_SIZE),
  };
}

function toRow({ customRoleName, hasPassword, providers, ...row }: RawRow): MemberRow {
  const roleName = resolveRole({ role: row.role, customRole: customRoleName ? { name: customRoleName, permissions: [] } : null }).name;
  const method = row.kind === "member" ? signInMethodOf({ hasPassword, totpEnabled: row.totpEnabled, providers: providers ?? [] }) : null;
  return { ...row, roleName, signInMethod: method && method[0].toUpperCase() + method.slice(1) };
}
