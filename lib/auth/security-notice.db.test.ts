import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { SIGN_UP_PASSWORD as PASSWORD, signedUpUser } from "@/lib/test/signed-up-user";
import { actAs } from "@/lib/test/acting-user";
import { changePassword, confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes, startTotpEnrolment } from "./account-actions";
import { authenticate } from "./authenticate";
import { newDeviceCookie } from "./device-cookie";
import { issueEmailToken } from "./email-tokens";
import { resetPassword } from "./password-reset";
import { totpCode, totpStep } from "./totp";

vi.mock("@/lib/auth/auth", () => ({ reissueSession: vi.fn(), signOut: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: vi.fn() }));


/** The security notices mailed to this address, oldest first (the welcome email is not one). */
const noticesTo = async (email: string) =>
  (await db.outboxEmail.findMany({ where: { to: email, NOT: { subject: "Welcome to Roster" } }, orderBy: { createdAt: "asc" } })).map((m) => ({ subject: m.subject, text: m.text }));

async function withTwoFactor() {
  const user = await signedUpUser("Nora");
  const started = await startTotpEnrolment({});
  if (!started.ok) throw new Error(String(started.error));
  expect(await confirmTotpEnrolment({ code: totpCode(started.data.secret, totpStep()) })).toMatchObject({ ok: true });
  actAs({ ...user, totpEnabled: true });
  return user;
}

describe("security notices", () => {
  it("a password change is mailed with when, from which device and address, and how to take the account back", async () => {
    const user = await signedUpUser("Nora");
    expect(await changePassword({ currentPassword: "not-the-password", newPassword: "another-long-password" })).toMatchObject({ ok: false });
    expect(await noticesTo(user.email)).toEqual([]);

    await changePassword({ currentPassword: PASSWORD, newPassword: "another-long-password" });
    const [notice, ...more] = await noticesTo(user.email);
    expect(more).toEqual([]);
    expect(notice.subject).toBe("Your Roster password was changed");
    // lib/test/acting-user.ts: requests come from 203.0.113.7 with the user agent "vitest".
    expect(notice.text).toMatch(/When: \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    expect(notice.text).toContain("From: Unknown device, IP address 203.0.113.7");
    expect(notice.text).toContain(`/sign-in/forgot?email=${encodeURIComponent(user.email)}`);
  });

  it("turning two-factor authentication on and off and new recovery codes are each mailed; refusals are not", async () => {
    const user = await withTwoFactor();
    expect(await regenerateRecoveryCodes({ password: "not-the-password" })).toMatchObject({ ok: false });
    expect(await disableTotp({ password: "not-the-password" })).toMatchObject({ ok: false });
    expect(await regenerateRecoveryCodes({ password: PASSWORD })).toMatchObject({ ok: true });
    expect(await disableTotp({ password: PASSWORD })).toMatchObject({ ok: true });
    expect((await noticesTo(user.email)).map((n) => n.subject)).toEqual([
      "Two-factor authentication is on for your Roster account",
      "New recovery codes for your Roster account",
      "Two-factor authentication was turned off for your Roster account",
    ]);
  });

  it("a password reset through a mailed link is mailed too, once", async () => {
    const user = await signedUpUser("Nora");
    const token = await db.$transaction((tx) => issueEmailToken(tx, "reset-password", user.id, 60_000));
    const request = { ip: "198.51.100.9", userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36" };
    expect(await resetPassword(db, token, "a-brand-new-password", request)).toBe(true);
    expect(await resetPassword(db, token, "a-brand-new-password", request)).toBe(false);
    const notices = await noticesTo(user.email);
    expect(notices.map((n) => n.subject)).toEqual(["Your Roster password was reset"]);
    expect(notices[0].text).toContain("From: Chrome on Linux, IP address 198.51.100.9");
  });

  it("a password sign-in from a browser new to the account is mailed; not the one after sign-up, nor one from a browser it used", async () => {
    const user = await signedUpUser("Nora");
    const request = { ip: "198.51.100.10", userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0; rv:132.0) Gecko/20100101 Firefox/132.0" };
    const signIn = (password: string, cookie: string | null) => authenticate(db, { email: user.email, password }, request, cookie);
    expect(await signIn(PASSWORD, null)).toMatchObject({ ok: true }); // the sign-in that follows sign-up
    expect(await signIn(PASSWORD, newDeviceCookie(user.email))).toMatchObject({ ok: true });
    expect(await signIn("not-the-password", null)).toMatchObject({ ok: false });
    expect(await signIn(PASSWORD, newDeviceCookie("someone-else@example.test"))).toMatchObject({ ok: true });
    const notices = await noticesTo(user.email);
    expect(notices.map((n) => n.subject)).toEqual(["New sign-in to your Roster account"]);
    expect(notices[0].text).toContain("From: Firefox on macOS, IP address 198.51.100.10");
  });
});
