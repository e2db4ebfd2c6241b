import { describe, expect, it } from "vitest";
import { signInMethodOf } from "./sign-in-method";

describe("signInMethodOf", () => {
  it.each([
    [{ hasPassword: true, totpEnabled: false, providers: [] }, "password"],
    [{ hasPassword: true, totpEnabled: true, providers: [] }, "password + 2FA"],
    [{ hasPassword: true, totpEnabled: true, providers: ["email"] }, "password + 2FA"],
    [{ hasPassword: false, totpEnabled: false, providers: ["email"] }, "magic link"],
    [{ hasPassword: false, totpEnabled: false, providers: [] }, "magic link"],
    [{ hasPassword: true, totpEnabled: false, providers: ["email"] }, "password or magic link"],
    [{ hasPassword: false, totpEnabled: false, providers: ["github"] }, "github"],
    [{ hasPassword: true, totpEnabled: false, providers: ["google"] }, "password, google"],
  ])("%o signs in with %s", (user, method) => {
    expect(signInMethodOf(user)).toBe(method);
  });
});
