import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET, E2E_PORT } from "./e2e/support/server";

const baseURL = `http://localhost:${E2E_PORT}`;

export default defineConfig({
  testDir: "./e2e",
  workers: 2,
  fullyParallel: false,
  retries: 0,
  // A hang guard, not a speed check: the longest journeys (several people signing up with argon2-hashed
  // passwords, e-mails, role changes) take 40–57 s on a 2-core CI machine running two workers.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // No trace by default: recording one screencasts every action and doubles the browser's CPU, which on a
  // 2-core machine slows the whole run. `npx playwright test --trace retain-on-failure` records them.
  use: { baseURL, trace: "off" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        headless: true,
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    // A production build on a fresh in-memory embedded database.
    command: process.env.E2E_SKIP_BUILD ? "npm start" : "npm run build && npm start",
    url: `${baseURL}/sign-in`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(E2E_PORT),
      PGLITE_DATA_DIR: "memory://",
      PGLITE_PORT: process.env.E2E_PGLITE_PORT ?? "5499",
      AUTH_SECRET: E2E_AUTH_SECRET,
      APP_URL: baseURL,
      ROSTER_OUTBOX: "1",
      // The tests' webhook receiver listens on this machine.
      ROSTER_WEBHOOKS_ALLOW_PRIVATE: "1",
      DATABASE_URL: "",
    },
  },
});
