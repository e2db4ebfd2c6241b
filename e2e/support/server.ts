import { spawn } from "node:child_process";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3300);
export const E2E_AUTH_SECRET = "e2e-only-secret-e2e-only-secret-0123456789";

export type ExtraServer = { url: string; stop: () => Promise<void> };

/**
 * A second `next start` of the e2e build, with its own environment (e.g. a database it cannot
 * reach). It shares the e2e server's AUTH_SECRET, so a session signed in there is valid here.
 */
export async function startServer(port: number, env: Record<string, string>): Promise<ExtraServer> {
  const child = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: E2E_AUTH_SECRET, AUTH_TRUST_HOST: "true", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://localhost:${port}`;
  const stop = () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM"))));
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    if (await fetch(`${url}/sign-in`).then((r) => r.ok, () => false)) return { url, stop };
  }
  await stop();
  throw new Error(`next start did not answer on ${url} within 60 s:\n${output}`);
}
