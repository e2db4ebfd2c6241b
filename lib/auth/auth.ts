import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { authenticate } from "./authenticate";
import { contextFromHeaders } from "./request-context";

declare module "next-auth" {
  interface Session {
    sessionVersion: number;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const user = await authenticate(db, raw, contextFromHeaders(request.headers));
        if (!user) throw new CredentialsSignin();
        return { id: user.id, sessionVersion: user.sessionVersion } as { id: string };
      },
    }),
  ],
  callbacks: {
    // The token carries the user id and session version only; memberships and roles are
    // read from the database on every request (lib/auth/current-user.ts).
    jwt({ token, user }) {
      if (user) return { sub: user.id, sv: (user as { sessionVersion?: number }).sessionVersion ?? 0 };
      return { sub: token.sub, sv: token.sv };
    },
    session({ session, token }) {
      return { ...session, user: { id: token.sub ?? "" }, sessionVersion: Number(token.sv ?? 0) } as typeof session;
    },
  },
});
