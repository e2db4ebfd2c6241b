import { CredentialsSignin } from "@auth/core/errors";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { startSession } from "./active-sessions";
import { magicLinkAdapter } from "./adapter";
import { SESSION_MAX_AGE_SECONDS } from "./ended-sessions";
import { authenticate, type SignInOutcome } from "./authenticate";
import { deviceCookieOf } from "./device-cookie";
import { completeMagicLinkSignIn, MAGIC_LINK_MINUTES, sendMagicLink } from "./magic-link";
import { contextFromHeaders, requestContext } from "./request-context";

// Kept apart from lib/auth/auth.ts (which wraps it for Next.js) so the tests can run the Auth.js
// core with exactly this configuration.

/** A refused password sign-in; `code` carries the reason to the sign-in action. */
class SignInRefused extends CredentialsSignin {
  constructor(outcome: Exclude<SignInOutcome, { ok: true }>) {
    super();
    this.code = outcome.reason === "rate_limited" ? `rate_limited:${outcome.retryAfterSeconds}` : outcome.reason;
  }
}

const EXPECTED_REFUSALS = new Set(["CredentialsSignin", "Verification", "AccessDenied"]);

async function sessionVersionOf(userId: string): Promise<number> {
  return (await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } }))?.sessionVersion ?? 0;
}

export const authConfig = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
  trustHost: true,
  adapter: magicLinkAdapter(db),
  logger: {
    // A refused sign-in or a used/expired link is an expected outcome (and audited), not a server error.
    error(error) {
      if (EXPECTED_REFUSALS.has((error as { type?: string }).type ?? "")) return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(raw, request) {
        const outcome = await authenticate(db, raw, contextFromHeaders(request.headers), deviceCookieOf(request.headers));
        if (!outcome.ok) throw new SignInRefused(outcome);
        return { id: outcome.user.id };
      },
    }),
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: MAGIC_LINK_MINUTES * 60,
      async sendVerificationRequest({ identifier, url, request }) {
        await sendMagicLink(db, { email: identifier, url }, contextFromHeaders(request.headers));
      },
      options: {},
    },
  ],
  callbacks: {
    async signIn({ user, account, email }) {
      if (account?.type !== "email" || email?.verificationRequest) return true;
      return completeMagicLinkSignIn(db, String(user.email), await requestContext());
    },
    // The token carries the user id, session version and session id only (besides the standard
    // claims); memberships and roles are read from the database on every request
    // (lib/auth/current-user.ts). Every sign-in method (password, with or without a second
    // factor, and email link) ends here with `user` set: the session is recorded and named by
    // `sid`. Not by the `jti`: Auth.js draws that when it encodes, after this callback, and draws a
    // new one on a re-issue. The version is read from the user row at sign-in, and again when a
    // server action re-issues the token after bumping it (reissueSession, which keeps `sid`;
    // /api/auth/session is not served).
    async jwt({ token, user, trigger }) {
      if (user?.id) {
        const session = await startSession(db, user.id, await requestContext());
        return { sub: user.id, sv: session.sessionVersion, sid: session.id };
      }
      if (trigger === "update" && token.sub) return { sub: token.sub, sv: await sessionVersionOf(token.sub), sid: token.sid };
      return { sub: token.sub, sv: token.sv, sid: token.sid, jti: token.jti };
    },
    session({ session, token }) {
      // Tokens issued before sessions had a `sid` are named by their `jti`, as they were then.
      const sessionId = String(token.sid ?? token.jti ?? "");
      return { ...session, user: { id: token.sub ?? "" }, sessionVersion: Number(token.sv ?? 0), sessionId } as typeof session;
    },
  },
} satisfies NextAuthConfig;

