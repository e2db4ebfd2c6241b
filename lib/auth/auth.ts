import NextAuth from "next-auth";
import { authConfig } from "./config";

declare module "next-auth" {
  interface Session {
    sessionVersion: number;
    /** The token's `jti`: the session that signing out ends. */
    sessionId: string;
  }
}

export const { handlers, auth, signIn, signOut, unstable_update: reissueSession } = NextAuth(authConfig);
