import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUser, uid } from "@/lib/test/fixtures";
import { authenticate } from "./authenticate";
import { emailTokenUser } from "./email-tokens";
import { hashPassword } from "./password";
import { resetPassword, sendPasswordReset } from "./password-reset";

const request = { ip: null, userAgent: null };

async function userWithPassword() {
  const user = await createUser("reset");
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("the-old-password") } });
  return user;
}

async function linkTokenTo(email: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { to: email, subject: "Reset your Roster password" }, orderBy: { createdAt: "desc" } });
  return new URL(/https?:\/\/\S+\/sign-in\/reset\?token=[\w-]+/.exec(mail.text)![0]).searchParams.get("token")!;
}

describe("password reset", () => {
  it("mails nothing, and says nothing, for an address without an account", async () => {
    const email = `nobody-${uid()}@example.test`;
    await sendPasswordReset(db, email, request);
    expect(await db.outboxEmail.count({ where: { to: email } })).toBe(0);
  });

  it("sets a new password once, ends every session and confirms the address", async () => {
    const user = await userWithPassword();
    await sendPasswordReset(db, user.email, request);
    const token = await linkTokenTo(user.email);
    expect(await emailTokenUser(db, "reset-password", token)).toBe(user.id);
    expect(await emailTokenUser(db, "reset-password", token)).toBe(user.id);
    expect(await emailTokenUser(db, "confirm-email", token)).toBeNull();

    expect(await resetPassword(db, token, "a-brand-new-password", request)).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(1);
    expect(after.emailVerified).not.toBeNull();
    const signIn = { ip: `reset-${uid()}`, userAgent: null };
    expect((await authenticate(db, { email: user.email, password: "the-old-password" }, signIn)).ok).toBe(false);
    expect(await authenticate(db, { email: user.email, password: "a-brand-new-password" }, signIn)).toEqual({ ok: true, user: { id: user.id, sessionVersion: 1 } });
    expect(await resetPassword(db, token, "yet-another-password", request)).toBe(false);
    const actions = await db.auditEvent.findMany({ where: { actorId: user.id, teamId: null }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["auth.password_reset_requested", "auth.password_reset", "auth.sign_in_failed", "auth.sign_in"]);
  });

  it("keeps only the newest link, and refuses one that has expired", async () => {
    const user = await userWithPassword();
    await sendPasswordReset(db, user.email, request);
    const first = await linkTokenTo(user.email);
    await sendPasswordReset(db, user.email, request);
    const second = await linkTokenTo(user.email);
    expect(await resetPassword(db, first, "a-brand-new-password", request)).toBe(false);
    await db.verificationToken.updateMany({ where: { identifier: `reset-password:${user.id}` }, data: { expires: new Date(Date.now() - 1000) } });
    expect(await emailTokenUser(db, "reset-password", second)).toBeNull();
    expect(await resetPassword(db, second, "a-brand-new-password", request)).toBe(false);
    expect(await resetPassword(db, "not-a-token", "a-brand-new-password", request)).toBe(false);
  });
});
