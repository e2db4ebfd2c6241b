import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";

/** A fresh in-memory PGlite served over the wire protocol, migrated like production. */
export default async function setup(project: TestProject) {
  const database = await startEmbeddedDatabase("memory://", 0);
  await applyMigrations(database.url, "pglite");
  project.provide("databaseUrl", database.url);
  project.provide("databaseProvider", "pglite");
  return () => database.stop();
}
