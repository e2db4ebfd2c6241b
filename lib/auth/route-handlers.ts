import { handlers } from "./auth";

// GET only (CSRF token, the magic-link callback). Every sign-in, sign-out and session re-issue
// goes through server actions, where rate limits apply. The session endpoint is not served
// either: it answers with a fresh token, which would let a copied token outlive signing out of
// the session it names (lib/auth/ended-sessions.ts); the app reads sessions with auth().
export async function GET(request: Request): Promise<Response> {
  if (new URL(request.url).pathname.endsWith("/session")) return new Response(null, { status: 404 });
  return handlers.GET(request as Parameters<typeof handlers.GET>[0]);
}
