/**
 * `npm run bench [-- --slug bigco --requests 50 --skip-build]`: builds Roster for production
 * (NEXT_DIST_DIR=.next-bench), starts `next start` on 127.0.0.1:3405 against the database that
 * `npm run seed:large` filled (DATABASE_URL, or embedded PGlite on 5405), signs in through Auth.js,
 * and times pages, the CSV export and two actions over HTTP and inside the server, next to the SQL
 * the server ran for them and the same SQL run with pg directly in the same run. Prints Markdown tables; see docs/PERFORMANCE.md. Not a test: nothing fails on a slow number.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { firstLoadJs } from "@/lib/bench/first-load-js";
import { BENCH_PASSWORD, seededEmail } from "@/lib/bench/seed";
import {
  actorSearchStatement,
  auditPageStatement,
  explain,
  memberLookup,
  membersPageSql,
  runAcceptSql,
  runAuditPageSql,
  runExportSql,
  runRoleChangeSql,
  runStatements,
  type AuditFilter,
} from "@/lib/bench/queries";
import { epochNow, formatTable, ms, ratio, summarize, timeLoop, type Summary, type Window } from "@/lib/bench/stats";
import { servedPerRequest, sqlPerRequest, takeTrace, type ServedRequest } from "@/lib/bench/trace";
import type { MemberListQuery } from "@/lib/members/schemas";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const slug = arg("slug") ?? "bigco";
const REQUESTS = Number(arg("requests") ?? 50);
const EXPORTS = Number(arg("exports") ?? 5);
const EXPORT_ROWS = Number(arg("export-rows") ?? 100_000);
const PORT = Number(arg("port") ?? 3405);
/** --from-head: build a clean snapshot of the last commit (a git worktree under /tmp), not the working tree others may be editing. */
const APP_DIR = flag("from-head") ? headSnapshot() : process.cwd();
const DIST_NAME = process.env.NEXT_DIST_DIR ?? ".next-bench";
const DIST = path.join(APP_DIR, DIST_NAME);
const BASE = `http://127.0.0.1:${PORT}`;
const LOOP = { count: REQUESTS, maxMs: 45_000 };
/** The server appends every statement it runs here (lib/db/sql-trace.ts). */
const TRACE = path.join(os.tmpdir(), `roster-bench-sql-${process.pid}.jsonl`);
/** …and every request it serves, with its own start and end (scripts/bench-request-trace.mjs). */
const REQUEST_TRACE = path.join(os.tmpdir(), `roster-bench-requests-${process.pid}.jsonl`);

let embedded: EmbeddedDatabase | undefined;
let server: ChildProcess | undefined;

async function main() {
  const started = Date.now();
  let url = process.env.DATABASE_URL;
  const provider = url ? "postgres" : "pglite";
  if (!url) {
    embedded = await startEmbeddedDatabase(process.env.PGLITE_DATA_DIR ?? ".data/pglite", Number(process.env.PGLITE_PORT ?? 5405));
    url = embedded.url;
  }
  await applyMigrations(url, provider);
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  const team = (await sql.query<{ id: string }>(`SELECT id FROM "Team" WHERE slug = $1`, [slug])).rows[0];
  if (!team) throw new Error(`No team "${slug}": run \`npm run seed:large\` first.`);
  const owner = (await sql.query<{ id: string; passwordHash: string }>(`SELECT id, "passwordHash" FROM "User" WHERE email = $1`, [seededEmail(slug, 1)])).rows[0];

  let buildSeconds: number | null = null;
  if (!flag("skip-build") || !existsSync(path.join(DIST, "BUILD_ID"))) {
    log(`next build → ${DIST} (a few minutes)`);
    const t = Date.now();
    // next build adds the dist dir's types to tsconfig.json; the bench's own dist dir must not stay there.
    const tsconfig = path.join(APP_DIR, "tsconfig.json");
    const tsconfigBefore = readFileSync(tsconfig, "utf8");
    const build = spawnSync("npx", ["next", "build"], { cwd: APP_DIR, env: { ...process.env, NEXT_DIST_DIR: DIST_NAME, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", process.stderr, "inherit"] });
    writeFileSync(tsconfig, tsconfigBefore);
    if (build.status !== 0) throw new Error("next build failed");
    buildSeconds = (Date.now() - t) / 1000;
  }
  server = await startServer(url, provider);
  const serverPid = server.pid!;
  log(`next start pid ${serverPid} on ${BASE}`);

  // ── Setup: session, API key, invitees ──────────────────────────────────────────────
  const ownerCookie = await signIn(seededEmail(slug, 1), BENCH_PASSWORD);
  const runId = randomBytes(3).toString("hex");
  const apiSecret = `rk_${randomBytes(4).toString("hex")}_${randomBytes(32).toString("base64url")}`;
  const keyHash = sha256(apiSecret);
  await sql.query(`INSERT INTO "ApiKey" (id, "teamId", name, prefix, "keyHash", role, "creatorId") VALUES ($1, $2, $3, $4, $5, 'admin', $6)`, [
    `bench_key_${runId}`, team.id, `bench ${runId}`, apiSecret.slice(0, 11), keyHash, owner.id,
  ]);
  const target = (await sql.query<{ id: string; role: string }>(`SELECT id, role FROM "Membership" WHERE "teamId" = $1 AND role = 'developer' ORDER BY "createdAt" LIMIT 1 OFFSET 50`, [team.id])).rows[0];
  const invitees: { email: string; userId: string; token: string; cookie?: string }[] = [];
  for (let i = 0; i < REQUESTS + 2; i++) {
    const email = `bench-${runId}-${i}@${slug}.test`;
    const token = randomBytes(32).toString("base64url");
    invitees.push({ email, userId: `bench_${runId}_u${i}`, token });
  }
  await sql.query(
    `INSERT INTO "User" (id, email, name, "passwordHash") SELECT u, e, 'Bench invitee', $3 FROM unnest($1::text[], $2::text[]) AS x(u, e)`,
    [invitees.map((x) => x.userId), invitees.map((x) => x.email), owner.passwordHash],
  );
  await sql.query(
    `INSERT INTO "Invitation" (id, "teamId", email, role, "tokenHash", "inviterId", "expiresAt")
     SELECT 'bench_' || h, $1, e, 'developer', h, $2, now() + interval '7 days' FROM unnest($3::text[], $4::text[]) AS x(e, h)`,
    [team.id, owner.id, invitees.map((x) => x.email), invitees.map((x) => sha256(x.token))],
  );
  log(`signing in ${invitees.length} invitees`);
  for (const invitee of invitees) invitee.cookie = await signIn(invitee.email, BENCH_PASSWORD);
  const acceptId = findActionId("acceptInviteAction");

  const newest = (await sql.query<{ max: Date }>(`SELECT max("createdAt") AS max FROM "AuditEvent" WHERE "teamId" = $1`, [team.id])).rows[0].max;
  const day = (offset: number) => new Date(newest.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
  const activeActor = (await sql.query<{ actorId: string }>(`SELECT "actorId" FROM "AuditEvent" WHERE "teamId" = $1 AND "actorId" IS NOT NULL ORDER BY id DESC LIMIT 1`, [team.id])).rows[0].actorId;
  const midId = (await sql.query<{ id: string }>(`SELECT id FROM "AuditEvent" WHERE "teamId" = $1 AND "createdAt" < $2 ORDER BY "createdAt" DESC LIMIT 1`, [team.id, new Date(newest.getTime() - 180 * 86_400_000)])).rows[0]?.id;
  const exportRange = await exportWindow(sql, team.id, newest, EXPORT_ROWS);

  type Row = { name: string; http: Summary; server: ServerSide; sql?: Summary; limit?: number; bytes?: number };
  const results: Row[] = [];
  const explains: { name: string; plan: string[] }[] = [];

  // ── (a) members page ────────────────────────────────────────────────────────────────
  const memberCases: [string, MemberListQuery][] = [
    ["members: page 1", {}],
    ["members: search \"lovelace\"", { q: "lovelace" }],
    ["members: search \"member4242\"", { q: "member4242" }],
    ["members: search \"a\" (too short for trigrams)", { q: "a" }],
    ["members: role=viewer", { role: "viewer" }],
    ["members: status=pending", { status: "pending" }],
    ["members: inactive for 90+ days", { status: "inactive" }],
    ["members: temporary access", { status: "temporary" }],
    ["members: page 400 (deep)", { page: 400 }],
    ["members: sorted by name", { sort: "name" }],
    ["members: least recently active first", { sort: "idle" }],
  ];
  for (const [name, query] of memberCases) {
    const href = `/t/${slug}/members?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;
    const statements = [memberLookup(slug, owner.id), ...membersPageSql(team.id, query)];
    const page = await measurePage(href, ownerCookie);
    const db = summarize(await timeLoop(() => runStatements(sql, statements), LOOP));
    results.push({ name, http: page.summary, server: page.server, sql: db, limit: 2, bytes: page.bytes });
    explains.push({ name, plan: await explain(sql, statements[1]) });
    log(name, ms(page.summary.p50), ms(db.p50));
  }

  // ── (b) audit page ──────────────────────────────────────────────────────────────────
  const auditCases: [string, AuditFilter][] = [
    ["audit: no filter", {}],
    ["audit: user", { actor: activeActor }],
    ["audit: action", { action: "member.role_changed" }],
    ["audit: resource type", { type: "invitation" }],
    ["audit: resource id", { target: `${slug}_m42` }],
    ["audit: date range (7 days)", { from: day(190), to: day(183) }],
    ["audit: older page (cursor)", midId ? { cursor: midId } : {}],
    ["audit: user + action", { actor: activeActor, action: "resource.started" }],
    ["audit: action + type, no match", { action: "member.role_changed", type: "resource" }],
  ];
  for (const [name, filter] of auditCases) {
    const href = `/t/${slug}/audit?${new URLSearchParams(filter as Record<string, string>)}`;
    const page = await measurePage(href, ownerCookie);
    const lookup = memberLookup(slug, owner.id);
    const db = summarize(await timeLoop(async () => (await sql.query(lookup.text, lookup.values), runAuditPageSql(sql, team.id, filter)), LOOP));
    results.push({ name, http: page.summary, server: page.server, sql: db, limit: 2, bytes: page.bytes });
    explains.push({ name, plan: await explain(sql, await auditPageStatement(sql, team.id, filter)) });
    log(name, ms(page.summary.p50), ms(db.p50));
  }
  for (const q of ["", "lovelace"]) {
    const name = `audit: user filter search "${q}" (JSON)`;
    const statements = [memberLookup(slug, owner.id), actorSearchStatement(team.id, q)];
    const page = await measurePage(`/t/${slug}/audit/actors?${new URLSearchParams({ q })}`, ownerCookie);
    const db = summarize(await timeLoop(() => runStatements(sql, statements), LOOP));
    results.push({ name, http: page.summary, server: page.server, sql: db, limit: 2, bytes: page.bytes });
    explains.push({ name, plan: await explain(sql, statements[1]) });
    log(name, ms(page.summary.p50), ms(db.p50));
  }

  // ── (c) CSV export ──────────────────────────────────────────────────────────────────
  const exportHref = `/t/${slug}/audit/export?${new URLSearchParams(exportRange.filter as Record<string, string>)}`;
  const rss = { before: rssKb(serverPid), max: 0, samples: [] as { at: number; kb: number }[] };
  const sampler = setInterval(() => {
    const kb = rssKb(serverPid);
    rss.samples.push({ at: epochNow(), kb });
    rss.max = Math.max(rss.max, kb);
  }, 50);
  // A browser asks for gzip, which Next.js applies at zlib's default level; "identity" shows the
  // same export without that compression.
  let exportBytes = 0;
  const exportWindows: Window[] = [];
  const exportRows: Omit<Row, "sql">[] = [];
  for (const encoding of ["gzip", "identity"]) {
    const windows: Window[] = [];
    clearTraces();
    const runs = await timeLoop(
      async () => {
        const response = await fetch(`${BASE}${exportHref}`, { headers: { cookie: ownerCookie, "accept-encoding": encoding } });
        if (!response.ok || !response.body) throw new Error(`export: HTTP ${response.status}`);
        exportBytes = 0;
        const reader = response.body.getReader();
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) exportBytes += chunk.value.byteLength;
      },
      { count: EXPORTS, maxMs: 120_000, warmup: 1, windows },
    );
    exportWindows.push(...windows);
    exportRows.push({ name: `export CSV: ${exportRange.rows.toLocaleString("en")} events, ${encoding}`, http: summarize(runs), server: await serverSide(windows, `/t/${slug}/audit/export`), limit: 2, bytes: exportBytes });
  }
  clearInterval(sampler);
  const rssAfter = rssKb(serverPid);
  const exportSql = summarize(await timeLoop(() => runExportSql(sql, team.id, exportRange.filter), { count: EXPORTS, maxMs: 60_000, warmup: 0 }));
  for (const row of exportRows) results.push({ ...row, sql: exportSql });
  log("export", exportRows.map((r) => ms(r.http.p50)).join(" / "), ms(exportSql.p50));

  // ── (d) role change over the REST API ───────────────────────────────────────────────
  const roles = ["viewer", "developer"];
  const roleWindows: Window[] = [];
  clearTraces();
  const roleChange = await timeLoop(async (i) => {
    const response = await fetch(`${BASE}/api/v1/members/${target.id}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${apiSecret}`, "content-type": "application/json" },
      body: JSON.stringify({ role: roles[(i + 2) % 2] }),
    });
    if (!response.ok) throw new Error(`role change: HTTP ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }, { ...LOOP, windows: roleWindows });
  const roleServer = await serverSide(roleWindows, `/api/v1/members/${target.id}`);
  const roleSql = summarize(await timeLoop((i) => runRoleChangeSql(sql, { teamId: team.id, slug, keyHash, creatorId: owner.id, membershipId: target.id, role: roles[(i + 2) % 2] }), LOOP));
  results.push({ name: "action: change role (PATCH /api/v1/members/…)", http: summarize(roleChange), server: roleServer, sql: roleSql, limit: 3 });

  // ── (e) accepting an invitation (server action, as the Join button posts it) ────────
  const acceptWindows: Window[] = [];
  clearTraces();
  const accept = await timeLoop(async (i) => {
    const invitee = invitees[i < 0 ? REQUESTS - 1 - i : i];
    const response = await fetch(`${BASE}/invite/${invitee.token}`, {
      method: "POST",
      headers: { cookie: invitee.cookie!, "next-action": acceptId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: BASE },
      body: JSON.stringify([{ token: invitee.token }]),
    });
    const text = await response.text();
    if (!response.ok || !text.includes('"ok":true')) throw new Error(`accept: HTTP ${response.status} ${text.slice(0, 300)}`);
  }, { ...LOOP, count: Math.min(REQUESTS, invitees.length - 2), windows: acceptWindows });
  const acceptServer = await serverSide(acceptWindows, "/invite/");
  const spare = (await sql.query<{ tokenHash: string }>(`SELECT "tokenHash" FROM "Invitation" WHERE "teamId" = $1 AND status = 'pending' AND email IS NOT NULL LIMIT 1`, [team.id])).rows[0];
  const outsider = `bench_${runId}_outsider`;
  await sql.query(`INSERT INTO "User" (id, email, name) VALUES ($1, $2, 'Bench outsider')`, [outsider, `bench-${runId}-outsider@${slug}.test`]);
  const acceptSql = summarize(await timeLoop(() => runAcceptSql(sql, { teamId: team.id, tokenHash: spare.tokenHash, userId: outsider }), LOOP));
  results.push({ name: "action: accept invitation (server action)", http: summarize(accept), server: acceptServer, sql: acceptSql, limit: 3 });

  // ── (f) billing pages, beyond the issue's list: usage is summed over millions of hourly records ──
  // A run's first billing read issues the months that have come due, and mails each invoice to whoever may manage
  // billing (a thousand here) after its response: let that mail go first, or its statements land in the timed requests.
  await fetch(`${BASE}/t/${slug}/billing`, { headers: { cookie: ownerCookie } }).then((r) => r.arrayBuffer());
  await drainMail(sql);
  for (const [name, href] of [
    ["billing: overview", `/t/${slug}/billing`],
    ["billing: usage by member (30 days)", `/t/${slug}/billing/usage?from=${day(30)}&to=${day(0)}`],
    ["billing: usage by member, page 10", `/t/${slug}/billing/usage?from=${day(30)}&to=${day(0)}&page=10`],
  ]) {
    const page = await measurePage(href, ownerCookie);
    results.push({ name, http: page.summary, server: page.server, bytes: page.bytes });
    log(name, ms(page.summary.p50));
  }

  // ── First-load JS per route ─────────────────────────────────────────────────────────
  const routes: [string, string, string | undefined][] = [
    ["/t/[team]/members", `/t/${slug}/members`, ownerCookie],
    ["/t/[team]/audit", `/t/${slug}/audit`, ownerCookie],
    ["/t/[team]", `/t/${slug}`, ownerCookie],
    ["/t/[team]/resources/[kind]", `/t/${slug}/resources/pods`, ownerCookie],
    ["/t/[team]/billing", `/t/${slug}/billing`, ownerCookie],
    ["/t/[team]/billing/payment-methods", `/t/${slug}/billing/payment-methods`, ownerCookie],
    ["/t/[team]/api-keys", `/t/${slug}/api-keys`, ownerCookie],
    ["/t/[team]/settings", `/t/${slug}/settings`, ownerCookie],
    ["/account", "/account", ownerCookie],
    ["/sign-in", "/sign-in", undefined],
  ];
  const bundles: string[][] = [];
  for (const [route, href, cookie] of routes) {
    const js = await firstLoadJsOf(href, cookie);
    bundles.push([route, String(js.files), (js.raw / 1024).toFixed(1), (js.gzip / 1024).toFixed(1)]);
  }

  await sql.query(`UPDATE "ApiKey" SET "revokedAt" = now() WHERE id = $1`, [`bench_key_${runId}`]);
  const version = (await sql.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version;
  await sql.end();

  const flat = rss.max - rss.before;
  console.log(`\n## Roster bench — ${provider} ${version}, team "${slug}", ${new Date().toISOString()}\n`);
  console.log(
    formatTable(
      ["scenario", "n", "HTTP p50", "HTTP p95", "server p50", "server p95", "stmts", "SQL p50", "SQL p95", "ratio p50", "ratio p95", "limit", "direct SQL p50", "HTML/CSV kB"],
      results.map((r) => [
        r.name, String(r.http.n), ms(r.http.p50), ms(r.http.p95), ms(r.server.served.p50), ms(r.server.served.p95), String(Math.round(r.server.statements)),
        ms(r.server.sql.p50), ms(r.server.sql.p95), ratio(r.server.served.p50, r.server.sql.p50), ratio(r.server.served.p95, r.server.sql.p95), r.limit ? `≤ ${r.limit}` : "",
        r.sql ? ms(r.sql.p50) : "", r.bytes ? (r.bytes / 1024).toFixed(0) : "",
      ]),
    ),
  );
  console.log(
    `\nTimes in ms. HTTP: wall time of the whole response over 127.0.0.1 (body read) in this process, one request at a time. server: the same requests timed inside next-server, from parsed headers to the last byte written. stmts and SQL: the statements the server ran for each timed request and the time it waited on them (traced on its own connections; statements in parallel count once). ratio: server / SQL. direct SQL: the same queries written out in lib/bench/queries.ts, run one after another with pg in this process.`,
  );
  console.log(`\n### First-load JS (scripts in the served HTML, from ${DIST}/static)\n`);
  console.log(formatTable(["route", "files", "raw kB", "gzip kB"], bundles));
  console.log(`\n### Server memory during export\n`);
  console.log(`VmRSS of the next-server process tree: ${(rss.before / 1024).toFixed(0)} MB before, max ${(rss.max / 1024).toFixed(0)} MB during ${exportWindows.length + 2} exports of ${(exportBytes / 1048576).toFixed(1)} MB each (gzip, then identity; one warm-up each) (+${(flat / 1024).toFixed(0)} MB), ${(rssAfter / 1024).toFixed(0)} MB after.`);
  const perExport = exportWindows.map((w) => Math.max(0, ...rss.samples.filter((x) => x.at >= w.start && x.at <= w.end).map((x) => x.kb)));
  console.log(`Peak of each timed export, in order (MB): ${perExport.map((kb) => (kb / 1024).toFixed(0)).join(", ")}.`);
  console.log(`\n### Statements of one request (the last timed one)\n`);
  for (const r of results) if (!r.name.startsWith("export")) console.log(`- ${r.name}\n${r.server.last.map((q) => `    ${q.replace(/\s+/g, " ").slice(0, 110)}`).join("\n")}`);
  console.log(`\n### EXPLAIN ANALYZE (plan nodes)\n`);
  for (const e of explains) console.log(`- ${e.name}\n${e.plan.map((l) => `    ${l.trim()}`).join("\n")}`);
  console.log(`\nbuild ${buildSeconds === null ? "skipped (--skip-build)" : `${buildSeconds.toFixed(0)} s`}; whole run ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// ── helpers ──────────────────────────────────────────────────────────────────────────

function log(...a: unknown[]) {
  console.error("·", ...a);
}

function headSnapshot(): string {
  const sha = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim();
  const dir = path.join(os.tmpdir(), `roster-bench-${sha}`);
  if (!existsSync(dir)) {
    const added = spawnSync("git", ["worktree", "add", "--detach", dir, "HEAD"], { stdio: "inherit" });
    if (added.status !== 0) throw new Error("git worktree add failed");
    // Hard-linked copies: Turbopack does not follow a symlinked node_modules out of the project.
    for (const shared of ["node_modules", "lib/generated"]) spawnSync("cp", ["-al", path.resolve(shared), path.join(dir, shared)], { stdio: "inherit" });
  }
  log(`building the snapshot of ${sha} in ${dir}`);
  return dir;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

async function startServer(url: string, provider: string): Promise<ChildProcess> {
  writeFileSync(TRACE, "");
  writeFileSync(REQUEST_TRACE, "");
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: APP_DIR,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_NAME,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url,
      DB_PROVIDER: provider,
      DB_POOL_MAX: provider === "pglite" ? "5" : (process.env.DB_POOL_MAX ?? "10"),
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
      AUTH_TRUST_HOST: "true",
      AUTH_URL: BASE,
      ROSTER_SQL_TRACE: TRACE,
      ROSTER_REQUEST_TRACE: REQUEST_TRACE,
      // Their statements would be counted in whichever request was under way.
      ROSTER_JOBS: "off",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${path.resolve("scripts/bench-request-trace.mjs")}`.trim(),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("next start did not answer within 60 s");
}

/**
 * Signs in like the /sign-in form does: its server action (lib/auth/actions.ts signInWithPassword)
 * runs Auth.js's credentials sign-in, which sets the session cookie. Returns the Cookie header.
 */
async function signIn(email: string, password: string): Promise<string> {
  const response = await fetch(`${BASE}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "next-action": findActionId("signInWithPassword"), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: BASE },
    body: JSON.stringify([{ email, password }, "/"]),
  });
  await response.arrayBuffer();
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (!cookies.some((c) => c.includes("session-token="))) throw new Error(`sign-in of ${email} failed: HTTP ${response.status}`);
  return cookies.join("; ");
}

async function measurePage(href: string, cookie: string): Promise<{ summary: Summary; server: ServerSide; bytes: number }> {
  let bytes = 0;
  const windows: Window[] = [];
  clearTraces();
  const samples = await timeLoop(async () => {
    const response = await fetch(`${BASE}${href}`, { headers: { cookie }, redirect: "manual" });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${href}: HTTP ${response.status}`);
    bytes = body.byteLength;
  }, { ...LOOP, windows });
  return { summary: summarize(samples), server: await serverSide(windows, href.split("?")[0]), bytes };
}

/** Waits until the server has sent every queued email (at most two minutes). */
async function drainMail(sql: pg.Client): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "PendingNotice"`);
    if (rows[0].n === 0) return;
  }
  throw new Error("Queued email was still waiting after two minutes");
}

function clearTraces() {
  takeTrace(TRACE);
  takeTrace(REQUEST_TRACE);
}

type ServerSide = { served: Summary; sql: Summary; statements: number; last: string[] };

/**
 * What the server logged for each timed request: its own time, the time it waited on SQL, the
 * median statement count and the last request's statements.
 */
async function serverSide(windows: Window[], pathPrefix: string): Promise<ServerSide> {
  await new Promise((resolve) => setTimeout(resolve, 200)); // the server's trace streams flush asynchronously
  const perRequest = sqlPerRequest(takeTrace(TRACE), windows);
  return {
    served: summarize(servedPerRequest(takeTrace<ServedRequest>(REQUEST_TRACE), windows, pathPrefix)),
    sql: summarize(perRequest.map((r) => r.ms)),
    statements: summarize(perRequest.map((r) => r.statements.length)).p50,
    last: perRequest.at(-1)?.statements ?? [],
  };
}

/** The server action id of an exported action, from the build's server reference manifest. */
const actionIds = new Map<string, string>();
function findActionId(exportName: string): string {
  if (!actionIds.has(exportName)) actionIds.set(exportName, readActionId(exportName));
  return actionIds.get(exportName)!;
}

function readActionId(exportName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(DIST, "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === exportName);
  if (found) return found[0];
  // Older manifests carry no names: find the id next to the name in the client chunks.
  const chunks = path.join(DIST, "static", "chunks");
  for (const file of readdirSync(chunks, { recursive: true }) as string[]) {
    if (!file.endsWith(".js")) continue;
    const match = new RegExp(`"([0-9a-f]{40,42})"[^"]{0,200}"${exportName}"`).exec(readFileSync(path.join(chunks, file), "utf8"));
    if (match) return match[1];
  }
  throw new Error(`server action ${exportName} not found in ${DIST}`);
}

async function firstLoadJsOf(href: string, cookie: string | undefined) {
  const response = await fetch(`${BASE}${href}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${href}: HTTP ${response.status}`);
  return firstLoadJs(await response.text(), DIST);
}

/** Resident memory of a process and its children, in kB. */
function rssKb(pid: number): number {
  let total = 0;
  try {
    total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(" ") : []) total += rssKb(Number(child));
    }
  } catch {
    // the process ended
  }
  return total;
}

/** Whole UTC days ending 30 days before the newest event that hold about `rows` events. */
async function exportWindow(sql: pg.Client, teamId: string, newest: Date, rows: number): Promise<{ filter: AuditFilter; rows: number }> {
  const to = new Date(newest.getTime() - 30 * 86_400_000);
  const { count, days } = (await sql.query<{ count: string; days: string }>(
    `SELECT count(*) AS count, greatest(1, extract(day FROM max("createdAt") - min("createdAt"))) AS days FROM "AuditEvent" WHERE "teamId" = $1`,
    [teamId],
  )).rows[0];
  const span = Math.max(1, Math.round((rows / Number(count)) * Number(days)));
  const filter = { from: new Date(to.getTime() - (span - 1) * 86_400_000).toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
  const matched = (await sql.query<{ count: string }>(
    `SELECT count(*) AS count FROM "AuditEvent" WHERE "teamId" = $1 AND "createdAt" >= $2 AND "createdAt" < $3`,
    [teamId, new Date(`${filter.from}T00:00:00Z`), new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000)],
  )).rows[0].count;
  return { filter, rows: Number(matched) };
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    server?.kill("SIGTERM");
    await embedded?.stop();
    rmSync(TRACE, { force: true });
    rmSync(REQUEST_TRACE, { force: true });
    // An open pg connection or keep-alive socket must not keep a failed run waiting.
    process.exit();
  });
