import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

/** The AUTH_SECRET of the embedded setup (no DATABASE_URL): generated once and kept in .data/auth-secret. */
export function localAuthSecret(): string {
  const file = ".data/auth-secret";
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** For scripts that queue or send email: queued mail is sealed with a key derived from AUTH_SECRET, the app's own or the embedded setup's. Exits when there is none. */
export function requireNoticeSecret(): void {
  if (!process.env.DATABASE_URL) process.env.AUTH_SECRET ??= localAuthSecret();
  if (process.env.AUTH_SECRET) return;
  console.error("AUTH_SECRET is not set: give this script the app's AUTH_SECRET, with which queued emails are sealed.");
  process.exit(1);
}
