import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { SCENARIOS } from "@/lib/test/action-scenarios";
import { uid } from "@/lib/test/fixtures";
import { serverActionModules } from "@/lib/security/server-actions";

/**
 * Every exported server action must be listed here with the audit events one successful call
 * writes, and a scenario: `setup` prepares (and picks who acts with actAs), then returns the call.
 * The events counted are the new ones carrying this call's request (a unique user agent) plus
 * any other new event of the teams those belong to, so "exactly these" really means exactly.
 */
const request = vi.hoisted(() => ({ userAgent: "setup" }));
vi.mock("@/lib/auth/request-context", () => ({
  requestContext: async () => ({ ip: "203.0.113.7", userAgent: request.userAgent }),
  contextFromHeaders: () => ({ ip: "203.0.113.7", userAgent: request.userAgent }),
}));

// Auth.js needs a Next request; sign-in itself is covered where authenticate() writes its events.
vi.mock("@/lib/auth/remember-device", () => ({ rememberDeviceAndGo: async () => undefined }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined, reissueSession: async () => undefined, handlers: {} }));

async function newEvents(after: bigint, userAgent: string) {
  const tagged = await db.auditEvent.findMany({ where: { id: { gt: after }, userAgent }, select: { teamId: true } });
  const teamIds = [...new Set(tagged.flatMap((e) => (e.teamId ? [e.teamId] : [])))];
  return db.auditEvent.findMany({ where: { id: { gt: after }, OR: [{ userAgent }, { teamId: { in: teamIds } }] }, orderBy: { id: "asc" } });
}

describe("every server action writes its audit event", () => {
  const modules = serverActionModules();

  it("finds the server action modules", () => {
    expect(modules).toContain("lib/audit/actions.ts");
  });

  for (const file of modules) {
    it(`${file}: every exported action has a scenario`, async () => {
      const exported = Object.entries(await import(/* @vite-ignore */ `@/${file}`)).filter(([, value]) => typeof value === "function");
      const missing = exported.map(([name]) => `${file}#${name}`).filter((key) => !Object.hasOwn(SCENARIOS, key));
      expect(missing, "add an entry to SCENARIOS in lib/audit/actions-coverage.db.test.ts").toEqual([]);
    });
  }

  for (const [key, { writes, setup }] of Object.entries(SCENARIOS)) {
    it(`${key} writes ${writes.join(", ") || "nothing"}`, async () => {
      request.userAgent = "setup";
      const call = await setup();
      request.userAgent = `scenario ${key} ${uid()}`;
      const last = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
      const result = (await call()) as { ok?: boolean; error?: string } | undefined;
      expect(result?.ok, result?.error).not.toBe(false);
      const events = await newEvents(last?.id ?? 0n, request.userAgent);
      expect(events.map((e) => e.action)).toEqual(writes);
    });
  }
});
