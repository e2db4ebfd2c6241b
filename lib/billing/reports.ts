import type { Db, Tx } from "@/lib/db/client";
import { parseIsoDay } from "./period";

/** Sums of UsageRecord rows over [from, to). Postgres adds; JavaScript only converts bigints. */

type Client = Db | Tx;
export type KindSpend = { kind: string; cents: number; ms: number; resources: number };
export type MemberKindSpend = { userId: string; kind: string; cents: number; ms: number };

export async function totalSpendCents(client: Client, teamId: string, from: Date, to: Date): Promise<number> {
  const { _sum } = await client.usageRecord.aggregate({ where: { teamId, startedAt: { gte: from, lt: to } }, _sum: { cents: true } });
  return _sum.cents ?? 0;
}

export async function spendByKind(client: Client, teamId: string, from: Date, to: Date): Promise<KindSpend[]> {
  const rows = await client.$queryRaw<{ kind: string; cents: bigint; ms: bigint; resources: bigint }[]>`
    SELECT "resourceKind" AS kind, SUM("cents")::bigint AS cents,
           SUM(EXTRACT(EPOCH FROM ("endedAt" - "startedAt")) * 1000)::bigint AS ms,
           COUNT(DISTINCT "resourceId")::bigint AS resources
    FROM "UsageRecord"
    WHERE "teamId" = ${teamId} AND "startedAt" >= ${from} AND "startedAt" < ${to}
    GROUP BY "resourceKind" ORDER BY "resourceKind"`;
  return rows.map((r) => ({ kind: r.kind, cents: Number(r.cents), ms: Number(r.ms), resources: Number(r.resources) }));
}

export async function spendByDay(client: Client, teamId: string, from: Date, to: Date): Promise<{ day: Date; cents: number }[]> {
  const rows = await client.$queryRaw<{ day: string; cents: bigint }[]>`
    SELECT to_char("startedAt", 'YYYY-MM-DD') AS day, SUM("cents")::bigint AS cents
    FROM "UsageRecord"
    WHERE "teamId" = ${teamId} AND "startedAt" >= ${from} AND "startedAt" < ${to}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ day: parseIsoDay(r.day) as Date, cents: Number(r.cents) }));
}

export async function spendByMemberAndKind(client: Client, teamId: string, from: Date, to: Date): Promise<MemberKindSpend[]> {
  const rows = await client.$queryRaw<{ userId: string; kind: string; cents: bigint; ms: bigint }[]>`
    SELECT "userId", "resourceKind" AS kind, SUM("cents")::bigint AS cents,
           SUM(EXTRACT(EPOCH FROM ("endedAt" - "startedAt")) * 1000)::bigint AS ms
    FROM "UsageRecord"
    WHERE "teamId" = ${teamId} AND "startedAt" >= ${from} AND "startedAt" < ${to}
    GROUP BY "userId", "resourceKind" ORDER BY "userId", "resourceKind"`;
  return rows.map((r) => ({ userId: r.userId, kind: r.kind, cents: Number(r.cents), ms: Number(r.ms) }));
}
