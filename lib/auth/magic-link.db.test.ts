import { Auth } from "@auth/core";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { uid } from "@/lib/test/fixtures";
import { authConfig } from "./config";
import { registerUser } from "./register";
import { signUpSchema } from "./schemas";

const BASE = "http://localhost:3000/api/auth";
// The Auth.js core with the app's configuration: the same code the route handler runs.
const config = { ...authConfig, basePath: "/api/auth", secret: "vitest-only-secret-vitest-only-secret-0123" };
const handle = (url: string, init?: RequestInit) => Auth(new Request(url, init), config);

async function csrf() {
  const response = await handle(`${BASE}/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { csrfToken, cookie: response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") };
}

/** Asks Auth.js for a link the way signIn("email") does (CSRF cookie + token, then the POST). */
async function requestLink(email: string) {
  const { csrfToken, cookie } = await csrf();
  return handle(`${BASE}/signin/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: "/teams/new" }),
  });
}

async function linkIn(email: string): Promise<string | null> {
  const mail = await db.outboxEmail.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return mail?.text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/)?.[0] ?? null;
}

async function open(link: string) {
  const response = await handle(link);
  return { location: response.headers.get("location") ?? "", sessionCookie: response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token=")) };
}

async function member(label: string, totp = false) {
  const email = `${label}-${uid()}@example.test`;
  const { id } = await registerUser(db, signUpSchema.parse({ name: label, email, password: "long-enough-password" }), { ip: null, userAgent: null });
  if (totp) await db.user.update({ where: { id }, data: { totpEnabled: true, totpSecret: "GEZDGNBVGY3TQOJQ" } });
  return { id, email };
}

describe("magic links", () => {
  it("signs an existing user in once, as that user with the current session version, and records it", async () => {
    const { id, email } = await member("link");
    await db.user.update({ where: { id }, data: { sessionVersion: 3 } });
    const response = await requestLink(email.toUpperCase());
    expect(response.headers.get("location")).toMatch(/\/api\/auth\/verify-request\?provider=email/);
    const link = await linkIn(email);
    expect(link).toBeTruthy();

    const first = await open(link!);
    expect(first.location).toMatch(/\/teams\/new$/);
    expect(first.sessionCookie).toMatch(/HttpOnly/i);
    expect(first.sessionCookie).toMatch(/SameSite=Lax/i);
    const session = await handle(`${BASE}/session`, { headers: { cookie: first.sessionCookie!.split(";")[0]! } });
    const { sessionId, ...rest } = (await session.json()) as { sessionId: string };
    expect(rest).toMatchObject({ user: { id }, sessionVersion: 3 });
    expect(await db.userSession.findUnique({ where: { id: sessionId } })).toMatchObject({ userId: id, sessionVersion: 3, ip: "203.0.113.7" });

    const second = await open(link!);
    expect(second.location).toMatch(/\/sign-in\?error=Verification/);
    expect(second.sessionCookie).toBeUndefined();

    const events = await db.auditEvent.findMany({ where: { actorId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, (e.metadata as { method?: string; sent?: string }).method ?? (e.metadata as { sent?: string }).sent])).toEqual([
      ["auth.sign_up", undefined],
      ["auth.magic_link_requested", "link"],
      ["auth.sign_in", "magic_link"],
    ]);
    expect(await db.account.findMany({ where: { userId: id }, select: { provider: true } })).toEqual([{ provider: "email" }]);
  });

  it("refuses a link after 15 minutes", async () => {
    const { email } = await member("late");
    await requestLink(email);
    const token = await db.verificationToken.findFirstOrThrow({ where: { identifier: email } });
    expect(token.expires.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(token.expires.getTime() - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    await db.verificationToken.updateMany({ where: { identifier: email }, data: { expires: new Date(Date.now() - 1000) } });
    const opened = await open((await linkIn(email))!);
    expect(opened.location).toMatch(/\/sign-in\?error=Verification/);
    expect(opened.sessionCookie).toBeUndefined();
  });

  it("answers an unknown email exactly like a known one and sends nothing", async () => {
    const email = `ghost-${uid()}@example.test`;
    const response = await requestLink(email);
    expect(response.headers.get("location")).toMatch(/\/api\/auth\/verify-request\?provider=email/);
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(0);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("sends no link to an account with 2FA, so email cannot skip the second factor", async () => {
    const { email } = await member("twofa", true);
    const response = await requestLink(email);
    expect(response.headers.get("location")).toMatch(/\/api\/auth\/verify-request\?provider=email/);
    expect(await linkIn(email)).toBeNull();
    expect(await db.outboxEmail.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } })).toMatchObject({ subject: "Sign in to Roster with your password" });
  });

  it("never issues a session for a correct password alone when 2FA is on, even on a direct POST", async () => {
    const { email } = await member("direct", true);
    const { csrfToken, cookie } = await csrf();
    const response = await handle(`${BASE}/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ email, password: "long-enough-password", csrfToken }),
    });
    expect(response.headers.get("location")).toMatch(/\/sign-in\?error=CredentialsSignin&code=code_required/);
    expect(response.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  });
});
