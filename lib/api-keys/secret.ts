import { createHash, randomBytes } from "node:crypto";

/** `rk_<8 hex>_<43 base64url>`: the prefix names the key in lists, the rest is 256 random bits. */
const SECRET_PATTERN = /^rk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

export function newApiKeySecret(): { secret: string; prefix: string; hash: string } {
  const prefix = `rk_${randomBytes(4).toString("hex")}`;
  const secret = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { secret, prefix, hash: hashApiKey(secret) };
}

/** Only this SHA-256 is stored; a database leak yields no usable key. */
export function hashApiKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function looksLikeApiKey(value: string): boolean {
  return SECRET_PATTERN.test(value);
}
