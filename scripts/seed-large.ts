/**
 * `npm run seed:large [-- --slug bigco]`: one team at scale for `npm run bench` — 10,000 members,
 * 2,000 pending invitations, 50,000 resources and 1,000,000 audit events with a valid hash chain.
 * Uses DATABASE_URL, or the embedded PGlite database (.data/pglite or PGLITE_DATA_DIR, started in
 * this process like scripts/run.ts does). Refuses when the team already exists.
 * Every seeded user signs in with BENCH_PASSWORD (default below).
 */
import net from "node:net";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { BENCH_PASSWORD, LARGE, seedLargeTeam, seededEmail } from "@/lib/bench/seed";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { DEFAULT_PGLITE_PORT } from "@/lib/db/url";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const slug = arg("slug") ?? "bigco";
const scale = Number(arg("scale") ?? 1);
const size = Object.fromEntries(Object.entries(LARGE).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))])) as typeof LARGE;

let embedded: EmbeddedDatabase | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  const port = Number(process.env.PGLITE_PORT ?? DEFAULT_PGLITE_PORT);
  if (await listening(port)) url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  else {
    embedded = await startEmbeddedDatabase(process.env.PGLITE_DATA_DIR ?? ".data/pglite", port);
    url = embedded.url;
  }
}
const provider = embedded || !process.env.DATABASE_URL ? "pglite" : "postgres";
console.log(`Migrating (${provider})…`);
await applyMigrations(url, provider);
const client = new pg.Client({ connectionString: url });
await client.connect();
let last = 0;
try {
  const report = await seedLargeTeam(client, {
    slug,
    size,
    passwordHash: await hashPassword(BENCH_PASSWORD),
    onProgress(step, done, total) {
      if (done === 0) console.log(`  ${step}${total ? `: ${total.toLocaleString("en")} rows` : ""}…`);
      else if (step === "audit events" && done > last && (done - last >= 100_000 || done === total)) {
        last = done;
        console.log(`    ${done.toLocaleString("en")} / ${total.toLocaleString("en")}`);
      }
    },
  });
  if (!report.created) {
    console.error(`Team "${slug}" already exists; nothing changed. Use another --slug, or a fresh database.`);
    process.exitCode = 1;
  } else {
    for (const s of report.steps) console.log(`  ${s.step.padEnd(13)} ${s.rows.toLocaleString("en").padStart(10)} rows in ${s.seconds.toFixed(1).padStart(6)} s${s.rows ? ` (${Math.round(s.rows / s.seconds).toLocaleString("en")} rows/s)` : ""}`);
    console.log(`Seeded "${slug}" in ${report.seconds.toFixed(1)} s. Sign in as ${seededEmail(slug, 1)} (owner) with password "${BENCH_PASSWORD}".`);
    console.log(`Check the chain with: npm run audit:verify -- ${slug}`);
  }
} finally {
  await client.end();
  await embedded?.stop();
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}
