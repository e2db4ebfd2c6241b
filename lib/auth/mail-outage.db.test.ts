import { describe, expect, it, vi } from "vitest";
import { deleteAccountAction } from "@/lib/account/actions";
import { db } from "@/lib/db/client";
import { ACCOUNT_DELETED_SUBJECT } from "@/lib/email/templates/account-deleted";
import { actAs } from "@/lib/test/acting-user";
import { withFakeResend } from "@/lib/test/fake-resend";
import { uid } from "@/lib/test/fixtures";
import { registerUser } from "./register";
import { signUpSchema } from "./schemas";

vi.mock("@/lib/auth/auth", () => ({ reissueSession: vi.fn(), signOut: vi.fn() }));

const fake = withFakeResend();
const PASSWORD = "long-enough-password";
const request = () => ({ ip: `198.51.100.${uid()}`, userAgent: "test" });

describe("while the mail provider refuses every message", () => {
  it("signing up still creates the account; the welcome waits for a later try", async () => {
    fake.status = 503;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const email = `outage-${uid()}@example.test`;
    await registerUser(db, signUpSchema.parse({ name: "Olive Outage", email, password: PASSWORD }), request());
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(fake.received.at(-1)?.body).toMatchObject({ to: email, subject: "Welcome to Roster" });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`could not send "Welcome to Roster" to ${email} (try 1)`), expect.any(Error));
    expect(await db.pendingNotice.findFirst({ where: { to: email } })).toMatchObject({ template: "welcome", attempts: 1 });
    log.mockRestore();
    fake.status = 200;
  });

  it("deleting an account still deletes it; the confirmation waits for a later try", async () => {
    const email = `outage-${uid()}@example.test`;
    const { id } = await registerUser(db, signUpSchema.parse({ name: "Dee Outage", email, password: PASSWORD }), request());
    actAs({ id, email, name: "Dee Outage", totpEnabled: false });
    fake.status = 503;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await deleteAccountAction({ email, password: PASSWORD })).toEqual({ ok: true, data: null });
    expect(await db.user.count({ where: { id } })).toBe(0);
    expect(fake.received.at(-1)?.body).toMatchObject({ to: email, subject: ACCOUNT_DELETED_SUBJECT });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`could not send "${ACCOUNT_DELETED_SUBJECT}" to ${email} (try 1)`), expect.any(Error));
    expect(await db.pendingNotice.findFirst({ where: { to: email } })).toMatchObject({ template: "accountDeleted", attempts: 1 });
    log.mockRestore();
    fake.status = 200;
  });
});
