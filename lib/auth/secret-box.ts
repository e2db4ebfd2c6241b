import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const PREFIX = "v1.";

/** What is sealed, each with its own key (the label it is derived with), so one kind never opens as another. */
const PURPOSES = {
  twoFactor: { label: "two-factor secret v1", what: "two-factor secrets" },
  notice: { label: "queued notice v1", what: "queued emails" },
  webhook: { label: "webhook signing secret v1", what: "webhook signing secrets" },
} as const;
type Purpose = keyof typeof PURPOSES;

function key(purpose: Purpose, secret: string | undefined): Buffer {
  if (!secret) throw new Error(`AUTH_SECRET is not set; ${PURPOSES[purpose].what} are encrypted with a key derived from it.`);
  return Buffer.from(hkdfSync("sha256", secret, "roster", PURPOSES[purpose].label, 32));
}

/** Text encrypted for storage (AES-256-GCM, key derived from AUTH_SECRET), bound to `boundTo`: a copy moved to another row does not open. */
export function seal(purpose: Purpose, plain: string, boundTo: string, secret = process.env.AUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose, secret), iv).setAAD(Buffer.from(boundTo));
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return PREFIX + [iv, sealed, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(".");
}

/** The text `seal` stored; throws when it was altered, is bound to another row, or AUTH_SECRET changed. */
export function open(purpose: Purpose, stored: string, boundTo: string, secret = process.env.AUTH_SECRET): string {
  if (!stored.startsWith(PREFIX)) throw new Error("Not a sealed text");
  const [iv, sealed, tag] = stored.slice(PREFIX.length).split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(purpose, secret), iv).setAAD(Buffer.from(boundTo)).setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8");
}

/** A two-factor secret encrypted for storage, bound to its user. */
export function sealSecret(plain: string, userId: string, secret = process.env.AUTH_SECRET): string {
  return seal("twoFactor", plain, userId, secret);
}

/** The secret sealSecret stored; throws when it was altered, belongs to another user or AUTH_SECRET changed. */
export function openSecret(stored: string, userId: string, secret = process.env.AUTH_SECRET): string {
  // Secrets stored before encryption are base32 text, which never starts with the prefix.
  if (!stored.startsWith(PREFIX)) return stored;
  return open("twoFactor", stored, userId, secret);
}
