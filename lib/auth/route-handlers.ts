import { handlers } from "./auth";
import { rememberDevice } from "./remember-device";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?=/;

// GET only (CSRF token, the magic-link callback). Every sign-in, sign-out and session re-issue
// goes through server actions, where rate limits apply. The session endpoint is not served
// either: it answers with a fresh token, which would let a copied token outlive signing out of
// the session it names (lib/auth/ended-sessions.ts); the app reads sessions with auth().
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname.endsWith("/session")) return new Response(null, { status: 404 });
  const response = await handlers.GET(request as Parameters<typeof handlers.GET>[0]);
  const email = url.searchParams.get("email");
  const session = response.headers.getSetCookie().find((cookie) => SESSION_COOKIE.test(cookie));
  // A magic link that signed the browser in remembers it as a password sign-in does: its own
  // wrong-password limit, and no "new sign-in" mail when its owner later uses the password there.
  if (url.pathname.endsWith("/callback/email") && email && session) await rememberDevice(email.toLowerCase(), session.startsWith("__Secure-"));
  return response;
}
