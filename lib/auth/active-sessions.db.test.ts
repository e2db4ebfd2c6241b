import { Auth } from "@auth/core";
import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { actAs, actingSessionId } from "@/lib/test/acting-user";
import { createUser, uid } from "@/lib/test/fixtures";
import { changePassword, signOutOtherSessions, signOutSession } from "./account-actions";
import { activeSessionsOf, startSession } from "./active-sessions";
import { reissueSession } from "./auth";
import { authConfig } from "./config";
import { endSession } from "./ended-sessions";
import { hashPassword } from "./password";
import { registerUser } from "./register";
import { signUpSchema } from "./schemas";
import { sealSecret } from "./secret-box";
import { newRecoveryCodes } from "./second-factor";
import { LAST_ACTIVE_STEP_MS, sessionUser } from "./session-user";
import { totpCode, totpStep } from "./totp";

vi.mock("@/lib/auth/auth", () => ({ reissueSession: vi.fn(), signOut: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: vi.fn() }));

const PASSWORD = "long-enough-password";
const SESSION_GONE = "That session has already ended. Reload the page to see where you are signed in now.";
const elsewhere = { ip: "198.51.100.23", userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0" };

// The Auth.js core with the app's configuration, as in magic-link.db.test.ts.
const BASE = "http://localhost:3000/api/auth";
const config = { ...authConfig, basePath: "/api/auth", secret: "vitest-only-secret-vitest-only-secret-0123" };
const handle = (url: string, init?: RequestInit) => Auth(new Request(url, init), config);

/** A password sign-in through the Auth.js core; the session the cookie names, or null when refused. */
async function signInThroughAuthJs(email: string, password: string, code?: string): Promise<{ sessionId: string; sessionVersion: number } | null> {
  const csrf = await handle(`${BASE}/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await handle(`${BASE}/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ email, password, csrfToken, ...(code ? { code } : {}) }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) return null;
  return (await (await handle(`${BASE}/session`, { headers: { cookie: session.split(";")[0]! } })).json()) as { sessionId: string; sessionVersion: number };
}

async function signedUp(label = "dev") {
  const email = `${label}-${uid()}@example.test`;
  const { id } = await registerUser(db, signUpSchema.parse({ name: "Dana", email, password: PASSWORD }), { ip: null, userAgent: null });
  return { id, email, name: "Dana", totpEnabled: false };
}

/** The acting user's own session (the one lib/test/acting-user.ts says this request belongs to) and one elsewhere. */
async function twoSessions() {
  const user = await createUser("devices");
  actAs(user);
  const here = actingSessionId()!;
  await db.userSession.create({ data: { id: here, userId: user.id, sessionVersion: 0, expiresAt: new Date(Date.now() + 86_400_000) } });
  const other = await startSession(db, user.id, elsewhere);
  return { user, here, other: other.id };
}

const token = (userId: string, sessionId: string, sessionVersion = 0) => ({ user: { id: userId }, sessionVersion, sessionId });
const listed = async (userId: string) => (await activeSessionsOf(db, userId)).map((s) => s.id).sort();
const lastAction = async (id: string) => (await db.auditEvent.findFirst({ where: { actorId: id }, orderBy: { id: "desc" } }))?.action;

describe("recording sessions at sign-in", () => {
  it("a password sign-in records its session, which the token names", async () => {
    const { id, email } = await signedUp();
    expect(await signInThroughAuthJs(email, "wrong-password")).toBeNull();
    expect(await db.userSession.count({ where: { userId: id } })).toBe(0);

    const session = await signInThroughAuthJs(email, PASSWORD);
    expect(session).toMatchObject({ sessionVersion: 0, sessionId: expect.any(String) });
    const row = await db.userSession.findUniqueOrThrow({ where: { id: session!.sessionId } });
    // requestContext() is lib/test/acting-user.ts's requestFrom() here: the client-IP helper's answer in the app.
    expect(row).toMatchObject({ userId: id, sessionVersion: 0, ip: "203.0.113.7", userAgent: "vitest" });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(30 * 24 * 3600 * 1000);
    expect(row.lastActiveAt).toEqual(row.createdAt);
    expect(await sessionUser(db, token(id, session!.sessionId))).toMatchObject({ id });
    expect(await listed(id)).toEqual([session!.sessionId]);
  });

  it("the 2FA step records its session, with a code or a recovery code; the password step alone records none", async () => {
    const { id, email } = await signedUp("tfa");
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    const { codes, hashes } = newRecoveryCodes();
    await db.user.update({ where: { id }, data: { totpEnabled: true, totpSecret: sealSecret(secret, id), recoveryCodes: hashes } });
    expect(await signInThroughAuthJs(email, PASSWORD)).toBeNull();
    expect(await db.userSession.count({ where: { userId: id } })).toBe(0);
    const withCode = await signInThroughAuthJs(email, PASSWORD, totpCode(secret, totpStep()));
    const withRecovery = await signInThroughAuthJs(email, PASSWORD, codes[0]);
    expect(withCode?.sessionId).toBeTruthy();
    expect(withRecovery?.sessionId).toBeTruthy();
    expect(await listed(id)).toEqual([withCode!.sessionId, withRecovery!.sessionId].sort());
  });

  it("sweeps rows past their expiry (anyone's) and the user's rows of an older session version", async () => {
    const stranger = await createUser("stale");
    const old = await startSession(db, stranger.id, elsewhere);
    await db.userSession.update({ where: { id: old.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await listed(stranger.id)).toEqual([]);

    const user = await createUser("version");
    const before = await startSession(db, user.id, elsewhere);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await listed(user.id)).toEqual([]);
    const after = await startSession(db, user.id, elsewhere);
    expect(after.sessionVersion).toBe(1);
    expect(await db.userSession.findMany({ where: { id: { in: [old.id, before.id, after.id] } }, select: { id: true } })).toEqual([{ id: after.id }]);
  });
});

describe("the list of sessions", () => {
  it("holds only the user's live sessions: not signed out, not expired, of the current session version", async () => {
    const user = await createUser("list");
    const [a, b, c] = [await startSession(db, user.id, elsewhere), await startSession(db, user.id, elsewhere), await startSession(db, user.id, elsewhere)];
    const someoneElse = await createUser("other");
    await startSession(db, someoneElse.id, elsewhere);
    expect(await listed(user.id)).toEqual([a.id, b.id, c.id].sort());
    await db.$transaction((tx) => endSession(tx, a.id));
    await db.userSession.update({ where: { id: b.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await listed(user.id)).toEqual([c.id]);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await listed(user.id)).toEqual([]);
  });

  it("moves a session's last activity forward on a request at most every 5 minutes, and only for its own user", async () => {
    const user = await createUser("active");
    const { id } = await startSession(db, user.id, elsewhere);
    const stale = new Date(Date.now() - LAST_ACTIVE_STEP_MS - 60_000);
    await db.userSession.update({ where: { id }, data: { lastActiveAt: stale } });

    const intruder = await createUser("intruder");
    expect(await sessionUser(db, token(intruder.id, id))).toMatchObject({ id: intruder.id });
    expect((await db.userSession.findUniqueOrThrow({ where: { id } })).lastActiveAt).toEqual(stale);

    expect(await sessionUser(db, token(user.id, id))).toMatchObject({ id: user.id });
    const touched = (await db.userSession.findUniqueOrThrow({ where: { id } })).lastActiveAt;
    expect(touched.getTime()).toBeGreaterThan(stale.getTime() + LAST_ACTIVE_STEP_MS);

    const recent = new Date(Date.now() - LAST_ACTIVE_STEP_MS + 60_000);
    await db.userSession.update({ where: { id }, data: { lastActiveAt: recent } });
    expect(await sessionUser(db, token(user.id, id))).toMatchObject({ id: user.id });
    expect((await db.userSession.findUniqueOrThrow({ where: { id } })).lastActiveAt).toEqual(recent);
  });
});

describe("signing out another session", () => {
  it("refuses that session's token from its next request, keeps this one, and is audited", async () => {
    const { user, here, other } = await twoSessions();
    expect(await sessionUser(db, token(user.id, other))).toMatchObject({ id: user.id });
    expect(await signOutSession({ sessionId: other })).toEqual({ ok: true, data: null });
    expect(await sessionUser(db, token(user.id, other))).toBeNull();
    expect(await sessionUser(db, token(user.id, here))).toMatchObject({ id: user.id });
    expect(await listed(user.id)).toEqual([here]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: user.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ action: "auth.session_ended", teamId: null, metadata: { device: "Firefox on Windows", ip: elsewhere.ip } });

    expect(await signOutSession({ sessionId: other })).toEqual({ ok: false, error: SESSION_GONE });
  });

  it("refuses this session (signing out is for that) and sessions that are gone or not the user's, changing nothing", async () => {
    const { user, here } = await twoSessions();
    expect(await signOutSession({ sessionId: here })).toEqual({ ok: false, error: "That is the session you are using. Sign out at the top of the page instead." });
    expect(await sessionUser(db, token(user.id, here))).toMatchObject({ id: user.id });

    const victim = await createUser("victim");
    const theirs = await startSession(db, victim.id, elsewhere);
    const ended = await db.endedSession.count();
    expect(await signOutSession({ sessionId: theirs.id })).toEqual({ ok: false, error: SESSION_GONE });
    expect(await signOutSession({ sessionId: `no-such-session-${uid()}` })).toEqual({ ok: false, error: SESSION_GONE });
    expect(await signOutSession({ sessionId: "" })).toMatchObject({ ok: false, fieldErrors: { sessionId: expect.any(String) } });
    expect(await db.endedSession.count()).toBe(ended);
    expect(await listed(victim.id)).toEqual([theirs.id]);
    expect(await sessionUser(db, token(victim.id, theirs.id))).toMatchObject({ id: victim.id });
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "auth.session_ended" } })).toBe(0);
  });

  it("refuses a session of an older session version: its token is refused already", async () => {
    const { user, other } = await twoSessions();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await signOutSession({ sessionId: other })).toEqual({ ok: false, error: SESSION_GONE });
  });
});

describe("signing out of all other sessions", () => {
  it("ends every other token, keeps this session under the new version, re-issues its token and is audited", async () => {
    const { user, here, other } = await twoSessions();
    const unlisted = token(user.id, "a-token-from-before-sessions-were-listed");
    vi.mocked(reissueSession).mockClear();
    vi.mocked(redirect).mockClear();
    await signOutOtherSessions();
    expect(reissueSession).toHaveBeenCalledTimes(1);
    expect(redirect).toHaveBeenCalledWith("/account?sessions=ended");
    expect(await sessionUser(db, token(user.id, other))).toBeNull();
    expect(await sessionUser(db, unlisted)).toBeNull();
    // The re-issued token keeps its session id and carries the new version.
    expect(await sessionUser(db, token(user.id, here))).toBeNull();
    expect(await sessionUser(db, token(user.id, here, 1))).toMatchObject({ id: user.id });
    expect(await db.userSession.findMany({ where: { userId: user.id }, select: { id: true, sessionVersion: true } })).toEqual([{ id: here, sessionVersion: 1 }]);
    expect(await listed(user.id)).toEqual([here]);
    expect(await lastAction(user.id)).toBe("auth.other_sessions_ended");
  });

  it("a password change likewise keeps this session in the list", async () => {
    const { user, here } = await twoSessions();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(PASSWORD) } });
    await changePassword({ currentPassword: PASSWORD, newPassword: "a-brand-new-password" });
    expect(await listed(user.id)).toEqual([here]);
  });
});
