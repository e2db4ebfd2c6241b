import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("npm start on a real database", () => {
  it("refuses to start without AUTH_SECRET and says what to do", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none", NODE_ENV: "production" };
    delete env.AUTH_SECRET;
    const result = spawnSync("npx", ["tsx", "scripts/run.ts", "start"], { env, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("AUTH_SECRET is not set");
  });
});
