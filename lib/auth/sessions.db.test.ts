import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { SIGN_UP_PASSWORD as PASSWORD, signedUpUser } from "@/lib/test/signed-up-user";
import { actingSessionId } from "@/lib/test/acting-user";
import { uid } from "@/lib/test/fixtures";
import { changePassword, signOutEverywhere } from "./account-actions";
import { signOutAction } from "./actions";
import { redirect } from "next/navigation";
import { reissueSession, signOut } from "./auth";
import { authenticate } from "./authenticate";
import { sessionUser } from "./session-user";

vi.mock("@/lib/auth/auth", () => ({ reissueSession: vi.fn(), signOut: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: vi.fn() }));

const tokenOf = (id: string, sessionVersion: number, sessionId = "another-device") => ({ user: { id }, sessionVersion, sessionId });
const lastAction = async (id: string) => (await db.auditEvent.findFirst({ where: { actorId: id }, orderBy: { id: "desc" } }))?.action;

describe("sessions", () => {
  it("a token is valid only while its session version is the user's", async () => {
    const { id } = await signedUpUser("Sam");
    expect(await sessionUser(db, tokenOf(id, 0))).toMatchObject({ id });
    await db.user.update({ where: { id }, data: { sessionVersion: { increment: 1 } } });
    expect(await sessionUser(db, tokenOf(id, 0))).toBeNull();
    expect(await sessionUser(db, tokenOf(id, 1))).toMatchObject({ id });
    expect(await sessionUser(db, null)).toBeNull();
  });

  it("signing out ends this session's token, not the user's other sessions", async () => {
    const { id } = await signedUpUser("Sam");
    const here = tokenOf(id, 0, actingSessionId()!);
    expect(await sessionUser(db, here)).toMatchObject({ id });
    await signOutAction();
    expect(await sessionUser(db, here)).toBeNull();
    expect(await sessionUser(db, tokenOf(id, 0))).toMatchObject({ id });
    expect(await sessionUser(db, { ...here, sessionId: "" })).toBeNull();
  });

  it("forgets ended sessions once their tokens would have expired anyway", async () => {
    await db.endedSession.create({ data: { id: `stale-${uid()}`, expiresAt: new Date(Date.now() - 1000) } });
    await signedUpUser("Sam");
    await signOutAction();
    expect(await db.endedSession.count({ where: { expiresAt: { lt: new Date() } } })).toBe(0);
  });

  it("sign out everywhere revokes every token, this one included, and is audited", async () => {
    const { id } = await signedUpUser("Sam");
    vi.mocked(signOut).mockClear();
    expect(await signOutEverywhere()).toEqual({ ok: true, data: null });
    expect(await sessionUser(db, tokenOf(id, 0))).toBeNull();
    expect(signOut).toHaveBeenCalledWith({ redirectTo: "/sign-in" });
    expect(await lastAction(id)).toBe("auth.signed_out_everywhere");
  });

  it("a password change needs the current password, ends other sessions and re-issues this one", async () => {
    const { id, email } = await signedUpUser("Sam");
    vi.mocked(reissueSession).mockClear();
    expect(await changePassword({ currentPassword: "wrong-password", newPassword: "a-brand-new-password" })).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: expect.any(String) },
    });
    expect(await changePassword({ currentPassword: PASSWORD, newPassword: "short" })).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.any(String) } });
    expect(await changePassword({ currentPassword: PASSWORD, newPassword: PASSWORD })).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.any(String) } });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion).toBe(0);
    expect(reissueSession).not.toHaveBeenCalled();

    await changePassword({ currentPassword: PASSWORD, newPassword: "a-brand-new-password" });
    expect(await sessionUser(db, tokenOf(id, 0))).toBeNull();
    expect(reissueSession).toHaveBeenCalledTimes(1);
    expect(redirect).toHaveBeenCalledWith("/account?password=changed");
    expect(await lastAction(id)).toBe("auth.password_changed");
    const request = { ip: `pw-${uid()}`, userAgent: null };
    expect((await authenticate(db, { email, password: PASSWORD }, request)).ok).toBe(false);
    expect(await authenticate(db, { email, password: "a-brand-new-password" }, request)).toEqual({ ok: true, user: { id, sessionVersion: 1 } });
  });

  it("limits current-password checks per user", async () => {
    await signedUpUser("Sam");
    for (let i = 0; i < 10; i++) await changePassword({ currentPassword: "wrong-password", newPassword: "a-brand-new-password" });
    expect(await changePassword({ currentPassword: PASSWORD, newPassword: "a-brand-new-password" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Too many attempts\. Try again in \d+ (seconds?|minutes?)\.$/),
    });
  });
});
