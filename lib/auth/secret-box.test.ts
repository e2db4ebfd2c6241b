import { describe, expect, it } from "vitest";
import { open, openSecret, seal, sealSecret } from "./secret-box";

const KEY = "test-auth-secret-test-auth-secret-0123";
const PLAIN = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("two-factor secrets at rest", () => {
  it("stores no trace of the secret and opens to it again", () => {
    const sealed = sealSecret(PLAIN, "user-1", KEY);
    expect(sealed).not.toContain(PLAIN);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(openSecret(sealed, "user-1", KEY)).toBe(PLAIN);
  });

  it("seals the same secret differently each time", () => {
    expect(sealSecret(PLAIN, "user-1", KEY)).not.toBe(sealSecret(PLAIN, "user-1", KEY));
  });

  it("refuses a sealed secret that was altered, moved to another user or opened with another key", () => {
    const sealed = sealSecret(PLAIN, "user-1", KEY);
    const [prefix, iv, body, tag] = sealed.split(".");
    const flipped = Buffer.from(body, "base64url");
    flipped[0] ^= 1;
    expect(() => openSecret([prefix, iv, flipped.toString("base64url"), tag].join("."), "user-1", KEY)).toThrow();
    expect(() => openSecret(sealed, "user-2", KEY)).toThrow();
    expect(() => openSecret(sealed, "user-1", `${KEY}-rotated`)).toThrow();
  });

  it("reads a secret stored in the clear before encryption", () => {
    expect(openSecret(PLAIN, "user-1", KEY)).toBe(PLAIN);
  });

  it("says what is missing without AUTH_SECRET", () => {
    expect(() => sealSecret(PLAIN, "user-1", "")).toThrow(/AUTH_SECRET is not set/);
  });
});

describe("sealing for different purposes", () => {
  it("opens only with the purpose it was sealed for", () => {
    const sealed = seal("notice", PLAIN, "row-1", KEY);
    expect(open("notice", sealed, "row-1", KEY)).toBe(PLAIN);
    expect(() => open("twoFactor", sealed, "row-1", KEY)).toThrow();
    expect(() => open("notice", sealed, "row-2", KEY)).toThrow();
    expect(() => open("notice", PLAIN, "row-1", KEY)).toThrow("Not a sealed text");
    expect(() => seal("notice", PLAIN, "row-1", "")).toThrow(/queued emails are encrypted/);
  });
});
