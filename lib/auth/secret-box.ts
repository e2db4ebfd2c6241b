import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const PREFIX = "v1.";

function key(secret: string | undefined): Buffer {
  if (!secret) throw new Error("AUTH_SECRET is not set; two-factor secrets are encrypted with a key derived from it.");
  return Buffer.from(hkdfSync("sha256", secret, "roster", "two-factor secret v1", 32));
}

/**
 * A two-factor secret encrypted for storage (AES-256-GCM, key derived from AUTH_SECRET), bound to
 * its user: a copy moved to another user's row does not open.
 */
export function sealSecret(plain: string, userId: string, secret = process.env.AUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv).setAAD(Buffer.from(userId));
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + [iv, sealed, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(".");
}

/** The secret sealSecret stored; throws when it was altered, belongs to another user or AUTH_SECRET changed. */
export function openSecret(stored: string, userId: string, secret = process.env.AUTH_SECRET): string {
  // Secrets stored before encryption are base32 text, which never starts with the prefix.
  if (!stored.startsWith(PREFIX)) return stored;
  const [iv, sealed, tag] = stored.slice(PREFIX.length).split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(secret), iv).setAAD(Buffer.from(userId)).setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8");
}
