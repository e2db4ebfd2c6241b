import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { tracingClient } from "./sql-trace";
import { QUEUED_TRANSACTION } from "./transaction-options";
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

// Process-wide, not module-wide: dev hot-reload re-runs this module, and Next may bundle it more
// than once per process.
const shared = globalThis as unknown as { rosterDb?: PrismaClient; rosterPools?: WeakMap<PrismaClient, pg.Pool> };
const pools = (shared.rosterPools ??= new WeakMap());

export function createDb(url = databaseUrl()): PrismaClient {
  const trace = process.env.ROSTER_SQL_TRACE;
  const pool = new pg.Pool({ connectionString: url, max: poolSize(), ...(trace ? { Client: tracingClient(trace) } : {}) });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }), transactionOptions: QUEUED_TRANSACTION });
  pools.set(client, pool);
  return client;
}

/** The connections behind a client, for what Prisma cannot do (COPY for the audit export). */
export function poolOf(client: PrismaClient): pg.Pool {
  const pool = pools.get(client);
  if (!pool) throw new Error("This database client was not made by createDb");
  return pool;
}

/** One client per process. */
export const db: PrismaClient = (shared.rosterDb ??= createDb());
