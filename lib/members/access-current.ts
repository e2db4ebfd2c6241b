import { Prisma } from "@/lib/generated/prisma/client";

/**
 * SQL: the membership aliased `alias` still grants access. Every read that turns a membership into
 * access (the request's member, the user's teams, an inviter's standing) carries it.
 */
export function accessCurrentSql(alias: string): Prisma.Sql {
  const column = Prisma.raw(`${alias}."accessEndsAt"`);
  return Prisma.sql`(${column} IS NULL OR ${column} > now())`;
}

/** The same, as a Prisma `where` on a membership, at `now`. */
export function accessCurrentWhere(now = new Date()) {
  return { OR: [{ accessEndsAt: null }, { accessEndsAt: { gt: now } }] };
}
