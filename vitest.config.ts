import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const dbProject = (name: string, globalSetup: string) => ({
  extends: true as const,
  test: { name, include: ["lib/**/*.db.test.ts"], globalSetup: [globalSetup], setupFiles: ["lib/test/setup-db-env.ts"] },
});

// Database suites run on embedded PGlite always, and on real PostgreSQL when TEST_DATABASE_URL is set.
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    environment: "node",
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    // Logs of passing tests (e.g. the injected faults of the attack suite) stay out of the output.
    silent: "passed-only",
    hookTimeout: 120_000,
    maxWorkers: 2,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
    projects: [
      { extends: true, test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts"], exclude: ["lib/**/*.db.test.ts"] } },
      dbProject("pglite", "lib/test/global-pglite.ts"),
      ...(process.env.TEST_DATABASE_URL ? [dbProject("postgres", "lib/test/global-postgres.ts")] : []),
    ],
  },
});
