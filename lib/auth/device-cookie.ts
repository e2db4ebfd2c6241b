import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A browser that has signed in to an account with its password before (OWASP's "device cookie").
 * Failed passwords from such a browser count against that browser alone, so strangers guessing at
 * an address can lock out only browsers the account has never used: see `authenticate`.
 * The value is a random id and an HMAC binding it to the address; it grants nothing by itself.
 */
export const DEVICE_COOKIE = "roster-device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

function key(secret: string | undefined): Buffer {
  if (!secret) throw new Error("AUTH_SECRET is not set; device cookies are signed with a key derived from it.");
  return Buffer.from(hkdfSync("sha256", secret, "roster", "device cookie v1", 32));
}

function signature(deviceId: string, email: string, secret: string | undefined): Buffer {
  return createHmac("sha256", key(secret)).update(`${deviceId}\n${email}`).digest();
}

export function newDeviceCookie(email: string, secret = process.env.AUTH_SECRET): string {
  const deviceId = randomBytes(16).toString("base64url");
  return `${deviceId}.${signature(deviceId, email, secret).toString("base64url")}`;
}

/** The device id of a cookie value signed for this address, or null (absent, altered, another address). */
export function trustedDeviceId(value: string | null | undefined, email: string, secret = process.env.AUTH_SECRET): string | null {
  const [deviceId, mac, ...rest] = (value ?? "").split(".");
  if (!deviceId || !mac || rest.length) return null;
  const given = Buffer.from(mac, "base64url");
  const expected = signature(deviceId, email, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
}

/** This cookie's value in a request's Cookie header. */
export function deviceCookieOf(headers: Headers): string | null {
  for (const pair of (headers.get("cookie") ?? "").split(";")) {
    const [name, ...value] = pair.trim().split("=");
    if (name === DEVICE_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}
