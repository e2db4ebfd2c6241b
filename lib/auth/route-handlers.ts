import { handlers } from "./auth";

// GET only (session, CSRF token, the magic-link callback). Every sign-in, sign-out and session
// re-issue goes through server actions, where rate limits apply; without a POST handler the
// session endpoint cannot be asked from outside to refresh a revoked token's version.
export const { GET } = handlers;
