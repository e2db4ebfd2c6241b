import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl } from "./url";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createDb(url = databaseUrl()): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10) }) });
}

// One client per process; dev hot-reload would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { rosterDb?: PrismaClient };
export const db: PrismaClient = globalForDb.rosterDb ?? createDb();
globalForDb.rosterDb = db;
