import { hash, verify } from "@node-rs/argon2";

// argon2id (the library default) with OWASP's minimum: m=19 MiB, t=2, p=1.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// A fixed hash to verify against when the account does not exist, so a missing account
// costs the same time as a wrong password and timing does not reveal which it was.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$5IS5mXA4Oe7gSj7fyeLANw$iT+r8FVGdzuqGsIkiL+IM57W5Aw5UpIgi7z7AN2hNaM";

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? DUMMY_HASH, password);
  } catch {
    return false;
  }
}
