import { describe, expect, it } from "vitest";
import { ActionError } from "@/lib/actions/result";
import { db } from "@/lib/db/client";
import { uid } from "@/lib/test/fixtures";
import { authenticate } from "./authenticate";
import { registerUser } from "./register";
import { signUpSchema } from "./schemas";

const request = { ip: "198.51.100.1", userAgent: "test" };

async function register(email: string, password = "long-enough-password") {
  return registerUser(db, signUpSchema.parse({ name: "Test", email, password }), request);
}

describe("accounts", () => {
  it("stores the email lower-cased and the password as an argon2id hash", async () => {
    const local = `MiXeD-${uid()}`;
    const { id } = await register(`  ${local}@Example.TEST `);
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user.email).toBe(`${local.toLowerCase()}@example.test`);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.outboxEmail.count({ where: { to: user.email, subject: "Welcome to Roster" } })).toBe(1);
  });

  it("refuses a second account for the same email in any case", async () => {
    const email = `dup-${uid()}@example.test`;
    await register(email);
    await expect(register(email.toUpperCase())).rejects.toBeInstanceOf(ActionError);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("signs in case-insensitively and records successes and failures without saying which part was wrong", async () => {
    const email = `login-${uid()}@example.test`;
    const { id } = await register(email, "the-right-password");
    expect(await authenticate(db, { email: email.toUpperCase(), password: "the-right-password" }, request)).toEqual({ ok: true, user: { id, sessionVersion: 0 } });
    const refused = { ok: false, reason: "invalid_credentials" };
    expect(await authenticate(db, { email, password: "the-wrong-password" }, request)).toEqual(refused);
    expect(await authenticate(db, { email: `nobody-${uid()}@example.test`, password: "whatever" }, request)).toEqual(refused);
    const events = await db.auditEvent.findMany({ where: { actorId: id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["auth.sign_up", "auth.sign_in", "auth.sign_in_failed"]);
    expect(events[1]).toMatchObject({ ip: "198.51.100.1", userAgent: "test" });
  });
});
