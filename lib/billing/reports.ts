import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseIsoDay } from "@/lib/validation/calendar-day";
import { isoDay, startOfUtcDay } from "./period";

/**
 * Sums of usage over whole UTC days [from, to). They read UsageDay, which a trigger keeps as
 * UsageRecord summed per day, resource and member: a month of hourly records of thousands of
 * running resources is millions of rows, its rollup a few tens of thousands. Postgres adds;
 * JavaScript only converts bigints.
 */

type Client = Db | Tx;
export type KindSpend = { kind: string; cents: number; ms: number; resources: number };
/** name: the user's name, else their email, else "Former member" when the account is gone. */
export type MemberSpend = { userId: string; name: string; email: string | null; cents: number; ms: number };
export type MemberKindSpend = { userId: string; kind: string; cents: number; ms: number };

function wholeDay(at: Date): string {
  if (startOfUtcDay(at).getTime() !== at.getTime()) throw new Error(`Usage is summed per UTC day: ${at.toISOString()} does not start one`);
  return isoDay(at);
}

const inPeriod = (teamId: string, from: Date, to: Date) =>
  Prisma.sql`"teamId" = ${teamId} AND "day" >= ${wholeDay(from)}::date AND "day" < ${wholeDay(to)}::date`;

export async function totalSpendCents(client: Client, teamId: string, from: Date, to: Date): Promise<number> {
  const [row] = await client.$queryRaw<{ cents: bigint | null }[]>`SELECT SUM("cents")::bigint AS cents FROM "UsageDay" WHERE ${inPeriod(teamId, from, to)}`;
  return Number(row.cents ?? 0);
}

export async function allTimeSpendCents(client: Client, teamId: string): Promise<number> {
  const [row] = await client.$queryRaw<{ cents: bigint | null }[]>`SELECT SUM("cents")::bigint AS cents FROM "UsageDay" WHERE "teamId" = ${teamId}`;
  return Number(row.cents ?? 0);
}

/** The UTC day of the team's first usage, or null before it has any. */
export async function firstUsageDay(client: Client, teamId: string): Promise<Date | null> {
  const [row] = await client.$queryRaw<{ day: string | null }[]>`SELECT to_char(MIN("day"), 'YYYY-MM-DD') AS day FROM "UsageDay" WHERE "teamId" = ${teamId}`;
  return row.day ? parseIsoDay(row.day) : null;
}

export async function spendByKind(client: Client, teamId: string, from: Date, to: Date): Promise<KindSpend[]> {
  const rows = await client.$queryRaw<{ kind: string; cents: bigint; ms: bigint; resources: bigint }[]>`
    SELECT "resourceKind" AS kind, SUM("cents")::bigint AS cents, SUM("ms")::bigint AS ms, COUNT(DISTINCT "resourceId")::bigint AS resources
    FROM "UsageDay" WHERE ${inPeriod(teamId, from, to)}
    GROUP BY "resourceKind" ORDER BY "resourceKind"`;
  return rows.map((r) => ({ kind: r.kind, cents: Number(r.cents), ms: Number(r.ms), resources: Number(r.resources) }));
}

export async function spendByDay(client: Client, teamId: string, from: Date, to: Date): Promise<{ day: Date; cents: number }[]> {
  const rows = await client.$queryRaw<{ day: string; cents: bigint }[]>`
    SELECT to_char("day", 'YYYY-MM-DD') AS day, SUM("cents")::bigint AS cents
    FROM "UsageDay" WHERE ${inPeriod(teamId, from, to)}
    GROUP BY "day" ORDER BY "day"`;
  return rows.map((r) => ({ day: parseIsoDay(r.day) as Date, cents: Number(r.cents) }));
}

/**
 * Members by what their resources cost, most first (then by name), with their names; `page`
 * takes one slice of that ranking, without it every member comes back.
 */
export async function spendByMember(client: Client, teamId: string, from: Date, to: Date, page?: { limit: number; offset: number }): Promise<MemberSpend[]> {
  const rows = await client.$queryRaw<{ userId: string; name: string | null; email: string | null; cents: bigint; ms: bigint }[]>`
    SELECT s."userId", u.name, u.email, s.cents, s.ms
    FROM (SELECT "userId", SUM("cents")::bigint AS cents, SUM("ms")::bigint AS ms FROM "UsageDay" WHERE ${inPeriod(teamId, from, to)} GROUP BY "userId") s
    LEFT JOIN "User" u ON u.id = s."userId"
    ORDER BY s.cents DESC, COALESCE(u.name, u.email), s."userId"
    ${page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty}`;
  return rows.map((r) => ({ ...r, name: r.name ?? r.email ?? "Former member", cents: Number(r.cents), ms: Number(r.ms) }));
}

export async function countMembersWithSpend(client: Client, teamId: string, from: Date, to: Date): Promise<number> {
  const [row] = await client.$queryRaw<{ count: bigint }[]>`SELECT COUNT(DISTINCT "userId")::bigint AS count FROM "UsageDay" WHERE ${inPeriod(teamId, from, to)}`;
  return Number(row.count);
}

/** Spend per member and resource kind, for the given members only when `userIds` is passed. */
export async function spendByMemberAndKind(client: Client, teamId: string, from: Date, to: Date, userIds?: string[]): Promise<MemberKindSpend[]> {
  if (userIds?.length === 0) return [];
  const rows = await client.$queryRaw<{ userId: string; kind: string; cents: bigint; ms: bigint }[]>`
    SELECT "userId", "resourceKind" AS kind, SUM("cents")::bigint AS cents, SUM("ms")::bigint AS ms
    FROM "UsageDay" WHERE ${inPeriod(teamId, from, to)} ${userIds ? Prisma.sql`AND "userId" IN (${Prisma.join(userIds)})` : Prisma.empty}
    GROUP BY "userId", "resourceKind"`;
  return rows.map((r) => ({ userId: r.userId, kind: r.kind, cents: Number(r.cents), ms: Number(r.ms) }));
}
