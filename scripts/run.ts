/**
 * `npm run dev` / `npm start`: one command for the whole app.
 * No DATABASE_URL -> starts the embedded PGlite server (data in .data/pglite), keeps a
 * generated AUTH_SECRET in .data/auth-secret, seeds the demo team on first run.
 * Either way: applies pending migrations, then runs Next.
 */
import { spawn } from "node:child_process";
import { applyMigrations } from "@/lib/db/migrate";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { DEFAULT_PGLITE_PORT } from "@/lib/db/url";
import { localAuthSecret } from "./local-auth-secret";

const mode = process.argv[2] === "start" ? "start" : "dev";
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true" };
const port = env.PORT ?? "3000";
let embedded: EmbeddedDatabase | undefined;

async function main() {
  if (env.DATABASE_URL) {
    if (!env.AUTH_SECRET && (mode === "start" || env.NODE_ENV === "production")) {
      console.error("AUTH_SECRET is not set. Production with DATABASE_URL needs it: set AUTH_SECRET to a random string of 32+ bytes (e.g. `openssl rand -base64 32`).");
      process.exit(1);
    }
    await applyMigrations(env.DATABASE_URL, env.DB_PROVIDER === "pglite" ? "pglite" : "postgres");
  } else {
    const dataDir = env.PGLITE_DATA_DIR ?? ".data/pglite";
    embedded = await startEmbeddedDatabase(dataDir, Number(env.PGLITE_PORT ?? DEFAULT_PGLITE_PORT));
    env.DATABASE_URL = embedded.url;
    env.DB_PROVIDER = "pglite";
    env.AUTH_SECRET ??= localAuthSecret();
    process.env.DATABASE_URL = embedded.url;
    await applyMigrations(embedded.url, "pglite");
    const { createDb } = await import("@/lib/db/client");
    const { seedDemo, demoCredentialsText } = await import("@/lib/demo/seed");
    const db = createDb(embedded.url);
    const { created } = await seedDemo(db);
    await db.$disconnect();
    console.log(`\n  Embedded database: ${dataDir}${created ? " (demo team created)" : ""}`);
    console.log(demoCredentialsText());
  }
  console.log(`\n  Roster: http://localhost:${port}\n`);
  const next = spawn("npx", ["next", mode, "-p", port], { env, stdio: "inherit" });
  const stop = async (code: number) => {
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await embedded?.stop();
  process.exit(1);
});
