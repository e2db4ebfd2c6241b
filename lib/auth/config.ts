import { CredentialsSignin } from "@auth/core/errors";
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
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
    // The token carries the user id and session version only (besides the standard claims,
    // among them the `jti` that names the session for signing out); memberships and roles are
    // read from the database on every request (lib/auth/current-user.ts). The version is
    // read from the user row at sign-in, and again when a server action re-issues the token
    // after bumping it (reissueSession; /api/auth/session is not served).
    async jwt({ token, user, trigger }) {
      if (user?.id) return { sub: user.id, sv: await sessionVersionOf(user.id) };
      if (trigger === "update" && token.sub) return { sub: token.sub, sv: await sessionVersionOf(token.sub) };
      return { sub: token.sub, sv: token.sv, jti: token.jti };
    },
    session({ session, token }) {
      return { ...session, user: { id: token.sub ?? "" }, sessionVersion: Number(token.sv ?? 0), sessionId: String(token.jti ?? "") } as typeof session;
    },
  },
} satisfies NextAuthConfig;

