import { describe, expect, it } from "vitest";
import { signInMethodOf } from "./sign-in-method";

describe("signInMethodOf", () => {
  it.each([
    [{ passwordHash: "h", totpEnabled: false, accounts: [] }, "password"],
    [{ passwordHash: "h", totpEnabled: true, accounts: [] }, "password + 2FA"],
    [{ passwordHash: "h", totpEnabled: true, accounts: [{ provider: "email" }] }, "password + 2FA"],
    [{ passwordHash: null, totpEnabled: false, accounts: [{ provider: "email" }] }, "magic link"],
    [{ passwordHash: null, totpEnabled: false, accounts: [] }, "magic link"],
    [{ passwordHash: "h", totpEnabled: false, accounts: [{ provider: "email" }] }, "password or magic link"],
  ])("%o signs in with %s", (user, method) => {
    expect(signInMethodOf(user)).toBe(method);
  });
});
