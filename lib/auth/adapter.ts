import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { Db } from "@/lib/db/client";

const USER_SELECT = { id: true, email: true, name: true, emailVerified: true, image: true } as const;

/**
 * The part of an Auth.js adapter that magic links need: verification tokens (Auth.js stores only
 * their hash) and looking users up by email. Sessions stay JWTs; users are never created here
 * (the signIn callback refuses unknown emails before Auth.js would try).
 */
export function magicLinkAdapter(db: Db): Adapter {
  return {
    // Auth.js runs this concurrently with sendVerificationRequest; both use a transaction, which
    // the embedded PGlite server needs to keep concurrent statements apart.
    async createVerificationToken(token) {
      await db.$transaction(async (tx) => {
        await tx.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
        await tx.verificationToken.create({ data: token });
      });
      return token;
    },
    // Single use: the token is deleted as it is read, so a second click finds nothing.
    async useVerificationToken({ identifier, token }) {
      const rows = await db.$queryRaw<{ identifier: string; token: string; expires: Date }[]>`
        DELETE FROM "VerificationToken" WHERE identifier = ${identifier} AND token = ${token} RETURNING identifier, token, expires`;
      return rows[0] ?? null;
    },
    async getUserByEmail(email) {
      return db.user.findUnique({ where: { email: email.toLowerCase() }, select: USER_SELECT }) as Promise<AdapterUser | null>;
    },
    async updateUser({ id, emailVerified }) {
      return db.user.update({ where: { id }, data: { emailVerified }, select: USER_SELECT }) as Promise<AdapterUser>;
    },
  };
}
