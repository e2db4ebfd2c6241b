import { defineConfig } from "prisma/config";
import { MigratePg } from "./lib/db/migrate/migrate-adapter";
import "./lib/db/migrate/cli-fast-exit";

// No DATABASE_URL -> the embedded PGlite server started by scripts/run.mjs.
const usePglite = !process.env.DATABASE_URL || process.env.DB_PROVIDER === "pglite";

// Must resolve before the CLI parses schema.prisma, otherwise it falls back to the native
// engine and tries to download it (see ../shared/recipes/prisma.md, root cause 1).
process.env.DATABASE_URL ||= `postgresql://postgres:postgres@127.0.0.1:${process.env.PGLITE_PORT ?? 5433}/postgres`;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    return new MigratePg(process.env.DATABASE_URL!, usePglite ? "pglite" : "postgres");
  },
});
