import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate";

/** A database of its own on the PostgreSQL server named by TEST_DATABASE_URL, dropped afterwards. */
export default async function setup(project: TestProject) {
  const server = new URL(process.env.TEST_DATABASE_URL!);
  const name = `roster_test_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString(), "postgres");
  project.provide("databaseUrl", url.toString());
  project.provide("databaseProvider", "postgres");
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
}
