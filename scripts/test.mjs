// `npm test`: typecheck and lint, Vitest (unit + PGlite, + PostgreSQL when TEST_DATABASE_URL
// is set), then Playwright in Debian Chromium against a production build. Ends with the total
// over all suites as its last line: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `No Chromium at ${chromium}. The browser tests need one: install Debian's (apt-get install -y chromium)` +
      " or point CHROMIUM_PATH at a Chromium or Chrome binary. (`npx playwright install` cannot download here.)",
  );
  process.exit(1);
}

const totals = { passed: 0, failed: 0 };
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status === 0;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

function check(name, cmd, args) {
  console.log(`\n▶ ${name}`);
  const ok = run(cmd, args);
  totals[ok ? "passed" : "failed"] += 1;
  console.log(`${name}: ${ok ? "passed" : "FAILED"}`);
}

rmSync("test-results", { recursive: true, force: true });
check("typecheck", "npx", ["tsc", "--noEmit"]);
check("lint", "npx", ["eslint", ".", "--max-warnings", "0"]);

console.log("\n▶ vitest");
const vitestOk = run("npx", ["vitest", "run"]);
const vitest = readJson("test-results/vitest.json");
totals.passed += vitest?.numPassedTests ?? 0;
totals.failed += vitest ? vitest.numFailedTests : 1;
if (!vitestOk && vitest?.numFailedTests === 0) totals.failed += 1; // a suite failed to load

console.log("\n▶ playwright");
const e2eOk = run("npx", ["playwright", "test"], { CHROMIUM_PATH: chromium });
const e2e = readJson("test-results/e2e.json");
totals.passed += (e2e?.stats.expected ?? 0) + (e2e?.stats.flaky ?? 0);
totals.failed += e2e ? e2e.stats.unexpected : 1;
if (!e2eOk && e2e?.stats.unexpected === 0) totals.failed += 1;

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
