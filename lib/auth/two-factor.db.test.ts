import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { uid } from "@/lib/test/fixtures";
import { confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes, startTotpEnrolment } from "./account-actions";
import { authenticate } from "./authenticate";
import { newDeviceCookie } from "./device-cookie";
import { registerUser } from "./register";
import { signUpSchema } from "./schemas";
import { unusedRecoveryCodeCount } from "./second-factor";
import { totpCode, totpStep } from "./totp";

vi.mock("@/lib/auth/auth", () => ({ reissueSession: vi.fn(), signOut: vi.fn() }));

const PASSWORD = "long-enough-password";
let ip: string;
beforeEach(() => {
  ip = `198.51.100.${Math.floor(Math.random() * 250)}-${uid()}`;
});
const request = () => ({ ip, userAgent: "test" });

/** A user with 2FA on, signed in as the acting user; returns the secret and recovery codes. */
async function enrolledUser() {
  const email = `tfa-${uid()}@example.test`;
  const { id } = await registerUser(db, signUpSchema.parse({ name: "Tess", email, password: PASSWORD }), request());
  const user = { id, email, name: "Tess", totpEnabled: false };
  actAs(user);
  const started = await startTotpEnrolment({});
  if (!started.ok) throw new Error(String(started.error));
  // The confirmation uses the previous step's code, so the current one is still free for a sign-in.
  const confirmed = await confirmTotpEnrolment({ code: totpCode(started.data.secret, totpStep() - 1) });
  if (!confirmed.ok) throw new Error(String(confirmed.error));
  actAs({ ...user, totpEnabled: true });
  return { id, email, secret: started.data.secret, recoveryCodes: confirmed.data.recoveryCodes };
}

const actionsOf = async (id: string) => (await db.auditEvent.findMany({ where: { actorId: id }, orderBy: { id: "asc" } })).map((e) => e.action);

describe("two-factor enrolment", () => {
  it("shows a QR code and the secret, and turns 2FA on only with a valid code", async () => {
    const email = `enrol-${uid()}@example.test`;
    const { id } = await registerUser(db, signUpSchema.parse({ name: "Eve", email, password: PASSWORD }), request());
    actAs({ id, email, name: "Eve", totpEnabled: false });
    const started = await startTotpEnrolment({});
    expect(started).toMatchObject({ ok: true, data: { secret: expect.stringMatching(/^[A-Z2-7]{32}$/), qrCode: expect.stringMatching(/^data:image\/png;base64,/) } });
    if (!started.ok) return;
    expect(started.data.otpauthUrl).toContain(`secret=${started.data.secret}`);
    expect(await confirmTotpEnrolment({ code: "12345" })).toMatchObject({ ok: false, fieldErrors: { code: expect.any(String) } });
    const wrong = String((Number(totpCode(started.data.secret, totpStep())) + 1) % 1_000_000).padStart(6, "0");
    expect(await confirmTotpEnrolment({ code: wrong })).toMatchObject({ ok: false, fieldErrors: { code: expect.stringMatching(/not valid/) } });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).totpEnabled).toBe(false);

    const confirmed = await confirmTotpEnrolment({ code: totpCode(started.data.secret, totpStep()) });
    expect(confirmed).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    if (!confirmed.ok) return;
    expect(confirmed.data.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.data.recoveryCodes).size).toBe(10);
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user.totpEnabled).toBe(true);
    expect(user.recoveryCodes).toHaveLength(10);
    for (const code of confirmed.data.recoveryCodes) expect(user.recoveryCodes).not.toContain(code);
    // Neither the secret nor anything it could be read from without AUTH_SECRET is stored.
    expect(user.totpSecret).toMatch(/^v1\./);
    expect(user.totpSecret).not.toContain(started.data.secret);
    expect(await actionsOf(id)).toEqual(["auth.sign_up", "auth.totp_enrolment_started", "auth.totp_enabled"]);
  });
});

describe("two-factor secret that no longer decrypts", () => {
  it("accepts no code, says why in the server log, and leaves recovery codes working", async () => {
    const { id, email, secret, recoveryCodes } = await enrolledUser();
    const stored = (await db.user.findUniqueOrThrow({ where: { id } })).totpSecret!;
    await db.user.update({ where: { id }, data: { totpSecret: stored.replace(/\.([\w-])/, (_, c: string) => `.${c === "A" ? "B" : "A"}`) } });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await authenticate(db, { email, password: PASSWORD, code: totpCode(secret, totpStep()) }, request())).toEqual({ ok: false, reason: "invalid_code" });
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/cannot be decrypted: was AUTH_SECRET changed\?/));
    log.mockRestore();
    expect(await authenticate(db, { email, password: PASSWORD, code: recoveryCodes[0] }, request())).toMatchObject({ ok: true, user: { id } });
  });
});

describe("sign-in with 2FA on", () => {
  it("asks for the code after a correct password, and only then", async () => {
    const { email } = await enrolledUser();
    expect(await authenticate(db, { email, password: PASSWORD }, request())).toEqual({ ok: false, reason: "code_required" });
    expect(await authenticate(db, { email, password: "wrong-password", code: "123456" }, request())).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("accepts a correct code once and refuses it when replayed", async () => {
    const { id, email, secret } = await enrolledUser();
    const code = totpCode(secret, totpStep());
    expect(await authenticate(db, { email, password: PASSWORD, code }, request())).toMatchObject({ ok: true, user: { id } });
    expect(await authenticate(db, { email, password: PASSWORD, code }, request())).toEqual({ ok: false, reason: "invalid_code" });
    const events = await db.auditEvent.findMany({ where: { actorId: id, action: { in: ["auth.sign_in", "auth.sign_in_failed"] } }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, (e.metadata as { method: string }).method])).toEqual([
      ["auth.sign_in", "password+totp"],
      ["auth.sign_in_failed", "password+totp"],
    ]);
  });

  it("refuses a code of an older step once a newer one was used", async () => {
    const { email, secret } = await enrolledUser();
    const step = totpStep();
    expect((await authenticate(db, { email, password: PASSWORD, code: totpCode(secret, step + 1) }, request())).ok).toBe(true);
    expect(await authenticate(db, { email, password: PASSWORD, code: totpCode(secret, step) }, request())).toEqual({ ok: false, reason: "invalid_code" });
  });

  it("lets only one of two concurrent sign-ins with the same code through", async () => {
    const { email, secret } = await enrolledUser();
    const code = totpCode(secret, totpStep());
    const results = await Promise.all([1, 2].map(() => authenticate(db, { email, password: PASSWORD, code }, request())));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses an incorrect code and a code outside ±1 step", async () => {
    const { email, secret } = await enrolledUser();
    expect(await authenticate(db, { email, password: PASSWORD, code: totpCode(secret, totpStep() + 3) }, request())).toEqual({ ok: false, reason: "invalid_code" });
    expect(await authenticate(db, { email, password: PASSWORD, code: "not-a-code" }, request())).toEqual({ ok: false, reason: "invalid_code" });
  });

  it("accepts each recovery code once, with dashes and case optional, and records it", async () => {
    const { id, email, recoveryCodes } = await enrolledUser();
    const [first, second] = recoveryCodes as [string, string];
    expect((await authenticate(db, { email, password: PASSWORD, code: first }, request())).ok).toBe(true);
    expect(await authenticate(db, { email, password: PASSWORD, code: first }, request())).toEqual({ ok: false, reason: "invalid_code" });
    expect((await authenticate(db, { email, password: PASSWORD, code: second.replace("-", "").toUpperCase() }, request())).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).recoveryCodes).toHaveLength(8);
    const used = await db.auditEvent.findMany({ where: { actorId: id, action: "auth.recovery_code_used" } });
    expect(used.map((e) => e.metadata)).toEqual([{ remaining: 9 }, { remaining: 8 }]);
  });

  it("turns 2FA off only with the current password", async () => {
    const { id, email } = await enrolledUser();
    expect(await disableTotp({ password: "not-my-password" })).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).totpEnabled).toBe(true);
    expect(await disableTotp({ password: "" })).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    expect(await disableTotp({ password: PASSWORD })).toEqual({ ok: true, data: null });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ totpEnabled: false, totpSecret: null, recoveryCodes: [] });
    expect((await actionsOf(id)).at(-1)).toBe("auth.totp_disabled");
    expect((await authenticate(db, { email, password: PASSWORD }, request())).ok).toBe(true);
  });
});

describe("new recovery codes", () => {
  it("replace every unused code, with the current password only; the old codes stop working", async () => {
    const { id, email, recoveryCodes } = await enrolledUser();
    const [used, kept] = recoveryCodes as [string, string];
    expect((await authenticate(db, { email, password: PASSWORD, code: used }, request())).ok).toBe(true);
    expect(await unusedRecoveryCodeCount(db, id)).toBe(9);
    const before = (await db.user.findUniqueOrThrow({ where: { id } })).recoveryCodes;

    expect(await regenerateRecoveryCodes({ password: "not-my-password" })).toMatchObject({ ok: false, fieldErrors: { password: "That is not your current password." } });
    expect(await regenerateRecoveryCodes({ password: "" })).toMatchObject({ ok: false, fieldErrors: { password: expect.any(String) } });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).recoveryCodes).toEqual(before);
    expect(await actionsOf(id)).not.toContain("auth.recovery_codes_regenerated");

    const regenerated = await regenerateRecoveryCodes({ password: PASSWORD });
    expect(regenerated).toMatchObject({ ok: true, data: { recoveryCodes: expect.any(Array) } });
    if (!regenerated.ok) return;
    const fresh = regenerated.data.recoveryCodes;
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => recoveryCodes.includes(code))).toEqual([]);
    expect(await unusedRecoveryCodeCount(db, id)).toBe(10);
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ action: "auth.recovery_codes_regenerated", teamId: null, metadata: { unusedReplaced: 9 } });

    expect(await authenticate(db, { email, password: PASSWORD, code: kept }, request())).toEqual({ ok: false, reason: "invalid_code" });
    expect((await authenticate(db, { email, password: PASSWORD, code: fresh[0]! }, request())).ok).toBe(true);
    expect(await unusedRecoveryCodeCount(db, id)).toBe(9);
    // 2FA itself is untouched: the authenticator's codes still work.
    expect((await db.user.findUniqueOrThrow({ where: { id } })).totpEnabled).toBe(true);
  });

  it("are refused without 2FA, and share the limit on current-password checks", async () => {
    const email = `nocodes-${uid()}@example.test`;
    const { id } = await registerUser(db, signUpSchema.parse({ name: "Nia", email, password: PASSWORD }), request());
    actAs({ id, email, name: "Nia", totpEnabled: false });
    expect(await regenerateRecoveryCodes({ password: PASSWORD })).toEqual({ ok: false, error: "Two-factor authentication is off, so there are no recovery codes to replace." });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).recoveryCodes).toEqual([]);

    const enrolled = await enrolledUser();
    for (let i = 0; i < 10; i++) await regenerateRecoveryCodes({ password: "not-my-password" });
    const before = (await db.user.findUniqueOrThrow({ where: { id: enrolled.id } })).recoveryCodes;
    expect(await regenerateRecoveryCodes({ password: PASSWORD })).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many attempts/) });
    expect((await db.user.findUniqueOrThrow({ where: { id: enrolled.id } })).recoveryCodes).toEqual(before);
  });
});

describe("sign-in rate limits", () => {
  it("refuses an email after 10 failures, with the seconds to wait, even with the right password", async () => {
    const email = `limited-${uid()}@example.test`;
    await registerUser(db, signUpSchema.parse({ name: "Lim", email, password: PASSWORD }), request());
    for (let i = 0; i < 10; i++) {
      ip = `203.0.113.${i}`;
      expect(await authenticate(db, { email, password: "wrong-password" }, request())).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    const refused = await authenticate(db, { email, password: PASSWORD }, request());
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited", retryAfterSeconds: expect.any(Number) });
    // Unknown accounts are limited the same way, so the limit says nothing about existence.
    const nobody = `nobody-${uid()}@example.test`;
    for (let i = 0; i < 10; i++) await authenticate(db, { email: nobody, password: "x" }, request());
    expect(await authenticate(db, { email: nobody, password: "x" }, request())).toMatchObject({ reason: "rate_limited" });
  });

  it("keeps a browser the account signed in from before out of a stranger's lockout, and limits that browser on its own", async () => {
    const email = `targeted-${uid()}@example.test`;
    await registerUser(db, signUpSchema.parse({ name: "Tar Get", email, password: PASSWORD }), request());
    const ownBrowser = newDeviceCookie(email);
    for (let i = 0; i < 10; i++) {
      ip = `203.0.113.${i}`;
      await authenticate(db, { email, password: "wrong-password" }, request());
    }
    expect(await authenticate(db, { email, password: PASSWORD }, request())).toMatchObject({ reason: "rate_limited" });
    // A cookie signed for another address, or altered, is a stranger's browser.
    expect(await authenticate(db, { email, password: PASSWORD }, request(), newDeviceCookie(`other-${email}`))).toMatchObject({ reason: "rate_limited" });
    expect(await authenticate(db, { email, password: PASSWORD }, request(), `${ownBrowser}x`)).toMatchObject({ reason: "rate_limited" });
    ip = "198.51.100.77";
    expect(await authenticate(db, { email, password: PASSWORD }, request(), ownBrowser)).toMatchObject({ ok: true });

    for (let i = 0; i < 10; i++) await authenticate(db, { email, password: "wrong-password" }, request(), ownBrowser);
    expect(await authenticate(db, { email, password: PASSWORD }, request(), ownBrowser)).toMatchObject({ reason: "rate_limited" });
    expect(await authenticate(db, { email, password: PASSWORD }, request(), newDeviceCookie(email))).toMatchObject({ ok: true });
  });

  it("counts failures only: successful sign-ins do not use up the limit", async () => {
    const email = `often-${uid()}@example.test`;
    await registerUser(db, signUpSchema.parse({ name: "Often", email, password: PASSWORD }), request());
    for (let i = 0; i < 15; i++) expect((await authenticate(db, { email, password: PASSWORD }, request())).ok).toBe(true);
  });

  it("refuses an IP after 50 failures across emails", async () => {
    for (let i = 0; i < 50; i++) await authenticate(db, { email: `spray-${i}-${uid()}@example.test`, password: "x" }, request());
    expect(await authenticate(db, { email: `spray-${uid()}@example.test`, password: "x" }, request())).toMatchObject({ reason: "rate_limited" });
  });
});
