import type { Db } from "@/lib/db/client";
import { parseIsoDay } from "@/lib/validation/calendar-day";
import { addUtcDays, isoDay, startOfUtcMonth } from "./period";
import { countMembersWithSpend, spendByKind, spendByMember, spendByMemberAndKind, type MemberSpend } from "./reports";
import { usagePeriodSchema, type UsagePeriodInput } from "./schemas";

export type UsagePeriod = { from: Date; to: Date; input: { from: string; to: string } };
export type Spend = { cents: number; ms: number };
export type MemberUsage = { userId: string; name: string; email: string | null; total: Spend; byKind: Record<string, Spend> };
export type UsageReport = { kinds: string[]; members: MemberUsage[]; memberCount: number; byKind: Record<string, Spend>; total: Spend };

/** The period asked for in the URL (whole UTC days, `to` included), or this month so far. */
export function usagePeriodFrom(params: Partial<UsagePeriodInput>, now: Date): { period: UsagePeriod; errors: Record<string, string> } {
  const fallback = { from: isoDay(startOfUtcMonth(now)), to: isoDay(now) };
  const parsed = usagePeriodSchema.safeParse({ from: params.from ?? fallback.from, to: params.to ?? fallback.to });
  const errors = Object.fromEntries((parsed.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
  const input = parsed.success ? parsed.data : fallback;
  return { period: { from: parseIsoDay(input.from)!, to: addUtcDays(parseIsoDay(input.to)!, 1), input }, errors };
}

/** Members per page of the usage table. */
export const USAGE_PAGE_SIZE = 50;
/** Bars in the "top members" chart. */
export const TOP_MEMBERS = 10;

/** Cost and resource-hours per resource kind and in all, and per member for one page of them (every member without `page`), most costly first. */
export async function usageReport(client: Db, teamId: string, period: UsagePeriod, page?: number): Promise<UsageReport> {
  const { from, to } = period;
  const slice = page ? { limit: USAGE_PAGE_SIZE, offset: (page - 1) * USAGE_PAGE_SIZE } : undefined;
  const [kinds, spenders, memberCount] = await Promise.all([
    spendByKind(client, teamId, from, to),
    spendByMember(client, teamId, from, to, slice),
    slice ? countMembersWithSpend(client, teamId, from, to) : null,
  ]);
  const breakdown = await spendByMemberAndKind(client, teamId, from, to, slice && spenders.map((s) => s.userId));
  const members = new Map<string, MemberUsage>(
    spenders.map((s) => [s.userId, { userId: s.userId, name: s.name, email: s.email, total: { cents: s.cents, ms: s.ms }, byKind: {} }]),
  );
  for (const row of breakdown) members.get(row.userId)!.byKind[row.kind] = { cents: row.cents, ms: row.ms };
  return {
    kinds: kinds.map((k) => k.kind),
    members: [...members.values()],
    memberCount: memberCount ?? members.size,
    byKind: Object.fromEntries(kinds.map((k) => [k.kind, { cents: k.cents, ms: k.ms }])),
    total: kinds.reduce((sum, k) => ({ cents: sum.cents + k.cents, ms: sum.ms + k.ms }), { cents: 0, ms: 0 }),
  };
}

/** The members whose resources cost most in the period, most first. */
export function topSpenders(client: Db, teamId: string, period: UsagePeriod): Promise<MemberSpend[]> {
  return spendByMember(client, teamId, period.from, period.to, { limit: TOP_MEMBERS, offset: 0 });
}
