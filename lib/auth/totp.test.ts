import { describe, expect, it } from "vitest";
import { matchingTotpStep, otpauthUrl, totpCode, totpStep } from "./totp";

// RFC 6238 appendix B, SHA-1 vectors (8 digits there; the last 6 digits are the 6-digit code).
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"; // "12345678901234567890" in base32

describe("TOTP", () => {
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1111111111, "050471"],
    [1234567890, "005924"],
    [2000000000, "279037"],
    [20000000000, "353130"],
  ])("matches the RFC 6238 vector at T=%i", (seconds, code) => {
    expect(totpCode(RFC_SECRET, totpStep(seconds * 1000))).toBe(code);
  });

  it("accepts the previous, current and next step only", () => {
    const now = 1_700_000_000_000;
    const step = totpStep(now);
    for (const offset of [-1, 0, 1]) expect(matchingTotpStep(RFC_SECRET, totpCode(RFC_SECRET, step + offset), now)).toBe(step + offset);
    for (const offset of [-2, 2]) expect(matchingTotpStep(RFC_SECRET, totpCode(RFC_SECRET, step + offset), now)).toBeNull();
    expect(matchingTotpStep(RFC_SECRET, "12345", now)).toBeNull();
    expect(matchingTotpStep(RFC_SECRET, "abcdef", now)).toBeNull();
  });

  it("builds an otpauth URL that authenticator apps read", () => {
    expect(otpauthUrl("ABC", "a@example.test")).toBe("otpauth://totp/Roster%3Aa%40example.test?secret=ABC&issuer=Roster&algorithm=SHA1&digits=6&period=30");
  });
});
