import type { Db } from "@/lib/db/client";
import { addUtcDays, isoDay, parseIsoDay, startOfUtcMonth } from "./period";
import { spendByMemberAndKind } from "./reports";
import { usagePeriodSchema, type UsagePeriodInput } from "./schemas";

export type UsagePeriod = { from: Date; to: Date; input: { from: string; to: string } };
export type Spend = { cents: number; ms: number };
export type MemberUsage = { userId: string; name: string; email: string | null; total: Spend; byKind: Record<string, Spend> };
export type UsageReport = { kinds: string[]; members: MemberUsage[]; byKind: Record<string, Spend>; total: Spend };

/** The period asked for in the URL (whole UTC days, `to` included), or this month so far. */
export function usagePeriodFrom(params: Partial<UsagePeriodInput>, now: Date): { period: UsagePeriod; errors: Record<string, string> } {
  const fallback = { from: isoDay(startOfUtcMonth(now)), to: isoDay(now) };
  const parsed = usagePeriodSchema.safeParse({ from: params.from ?? fallback.from, to: params.to ?? fallback.to });
  const errors = Object.fromEntries((parsed.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
  const input = parsed.success ? parsed.data : fallback;
  return { period: { from: parseIsoDay(input.from)!, to: addUtcDays(parseIsoDay(input.to)!, 1), input }, errors };
}

const add = (a: Spend | undefined, b: Spend): Spend => ({ cents: (a?.cents ?? 0) + b.cents, ms: (a?.ms ?? 0) + b.ms });

/** Cost and resource-hours per member and per resource kind; members sorted by cost. */
export async function usageReport(client: Db, teamId: string, period: UsagePeriod): Promise<UsageReport> {
  const rows = await spendByMemberAndKind(client, teamId, period.from, period.to);
  const users = await client.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.userId))] } }, select: { id: true, name: true, email: true } });
  const userById = new Map(users.map((u) => [u.id, u]));
  const members = new Map<string, MemberUsage>();
  const byKind: Record<string, Spend> = {};
  let total: Spend = { cents: 0, ms: 0 };
  for (const row of rows) {
    const user = userById.get(row.userId);
    const member = members.get(row.userId) ?? { userId: row.userId, name: user?.name ?? "Former member", email: user?.email ?? null, total: { cents: 0, ms: 0 }, byKind: {} };
    member.byKind[row.kind] = add(member.byKind[row.kind], row);
    member.total = add(member.total, row);
    members.set(row.userId, member);
    byKind[row.kind] = add(byKind[row.kind], row);
    total = add(total, row);
  }
  return {
    kinds: Object.keys(byKind).sort(),
    members: [...members.values()].sort((a, b) => b.total.cents - a.total.cents || a.name.localeCompare(b.name)),
    byKind,
    total,
  };
}
