import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { tracingClient } from "./sql-trace";
import { databaseUrl } from "./url";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** PGlite runs one query at a time, and its socket server lets the extended-protocol messages
 *  of concurrent connections interleave ("unnamed prepared statement does not exist"), so the
 *  embedded database gets a single connection; PostgreSQL gets a pool. */
function poolSize(): number {
  if (process.env.DB_POOL_MAX) return Number(process.env.DB_POOL_MAX);
  return usesPglite() ? 1 : 10;
}

export function usesPglite(): boolean {
  return !process.env.DATABASE_URL || process.env.DB_PROVIDER === "pglite";
}

export function createDb(url = databaseUrl()): PrismaClient {
  const trace = process.env.ROSTER_SQL_TRACE;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: poolSize(), ...(trace ? { Client: tracingClient(trace) } : {}) }) });
}

// One client per process; dev hot-reload would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { rosterDb?: PrismaClient };
export const db: PrismaClient = globalForDb.rosterDb ?? createDb();
globalForDb.rosterDb = db;
