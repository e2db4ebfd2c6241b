import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY_RANGE_MESSAGE, dayProblem, parseIsoDay } from "@/lib/validation/calendar-day";
import { parseInput } from "@/lib/validation/parse-input";
import { FILTER_KEYS } from "./filter-keys";

const DAY_MS = 86_400_000;

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} is too long (at most ${max} characters)`).optional().transform((s) => s || undefined);

const optionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .refine((s) => !s || dayProblem(s) !== "format", `${label}: use a date like 2026-01-31`)
    .refine((s) => !s || dayProblem(s) !== "range", `${label}: pick a date ${DAY_RANGE_MESSAGE}`)
    .transform((s) => (s && parseIsoDay(s)) || undefined);

const filterFields = {
  from: optionalDate("From"),
  to: optionalDate("To"),
  actor: optionalText(100, "User"),
  action: optionalText(100, "Action"),
  type: optionalText(50, "Resource type"),
  target: optionalText(200, "Resource ID"),
};

function toNotBeforeFrom(value: { from?: Date; to?: Date }, ctx: z.RefinementCtx) {
  if (value.from && value.to && value.to < value.from) ctx.addIssue({ code: "custom", path: ["to"], message: "“To” must not be before “From”" });
}

/** The audit log filters as strings (URL query and filter form); dates are whole UTC days. */
export const auditFilterSchema = z.object(filterFields).superRefine(toNotBeforeFrom);
export type AuditFilterInput = z.input<typeof auditFilterSchema>;

/** The filters plus the keyset cursor: show events with an id below it. */
export const auditQuerySchema = z
  .object({
    ...filterFields,
    cursor: z
      .string()
      .trim()
      .optional()
      .refine((s) => !s || /^\d{1,18}$/.test(s), "The page link is not valid; start again from the newest events")
      .transform((s) => (s ? BigInt(s) : undefined)),
  })
  .superRefine(toNotBeforeFrom);
export type AuditQuery = Partial<z.output<typeof auditQuerySchema>>;

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Reads the query of an audit URL; every problem comes back as a sentence, never an exception. */
export function parseAuditQuery(params: SearchParams): { ok: true; query: AuditQuery } | { ok: false; errors: string[] } {
  const raw: Record<string, string | undefined> = {};
  for (const key of [...FILTER_KEYS, "cursor"]) {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    raw[key] = Array.isArray(value) ? value[0] : (value ?? undefined);
  }
  const parsed = parseInput(auditQuerySchema, raw);
  return parsed.success ? { ok: true, query: parsed.data } : { ok: false, errors: parsed.error.issues.map((i) => i.message) };
}

/**
 * The Prisma filter of a query. Each filter is served by an index on (teamId, column, id); a
 * date range is also turned into id bounds (ids grow with createdAt within a team), so it
 * narrows the same index scans instead of filtering rows one by one.
 */
export async function auditWhere(db: Db, teamId: string, q: AuditQuery): Promise<Prisma.AuditEventWhereInput> {
  const toExclusive = q.to && new Date(q.to.getTime() + DAY_MS);
  const [first, afterLast] = await Promise.all([q.from && firstIdFrom(db, teamId, q.from), toExclusive && firstIdFrom(db, teamId, toExclusive)]);
  const id: Prisma.BigIntFilter = {};
  if (q.from) id.gte = first ?? BigInt(Number.MAX_SAFE_INTEGER);
  if (afterLast) id.lt = afterLast;
  return withCursor({
    teamId,
    ...(Object.keys(id).length ? { id } : {}),
    ...(q.from || toExclusive ? { createdAt: { ...(q.from ? { gte: q.from } : {}), ...(toExclusive ? { lt: toExclusive } : {}) } } : {}),
    ...(q.actor ? { actorId: q.actor } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.type ? { targetType: q.type } : {}),
    ...(q.target ? { targetId: q.target } : {}),
  }, q.cursor);
}

/** Narrows a filter to the events before a keyset cursor (ids below it). */
export function withCursor(where: Prisma.AuditEventWhereInput, cursor: bigint | undefined): Prisma.AuditEventWhereInput {
  if (cursor === undefined) return where;
  const id = (where.id ?? {}) as Prisma.BigIntFilter;
  return { ...where, id: { ...id, lt: id.lt !== undefined && (id.lt as bigint) < cursor ? id.lt : cursor } };
}

async function firstIdFrom(db: Db, teamId: string, at: Date): Promise<bigint | undefined> {
  const row = await db.auditEvent.findFirst({ where: { teamId, createdAt: { gte: at } }, orderBy: { createdAt: "asc" }, select: { id: true } });
  return row?.id;
}
