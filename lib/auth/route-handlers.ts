import { handlers } from "./auth";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, newDeviceCookie } from "./device-cookie";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?=/;

// GET only (CSRF token, the magic-link callback). Every sign-in, sign-out and session re-issue
// goes through server actions, where rate limits apply. The session endpoint is not served
// either: it answers with a fresh token, which would let a copied token outlive signing out of
// the session it names (lib/auth/ended-sessions.ts); the app reads sessions with auth().
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname.endsWith("/session")) return new Response(null, { status: 404 });
  const response = await handlers.GET(request as Parameters<typeof handlers.GET>[0]);
  return url.pathname.endsWith("/callback/email") ? rememberLinkDevice(response, url.searchParams.get("email")) : response;
}

/**
 * A magic link that signed the browser in (the answer sets the session cookie) marks it as one the
 * account uses, as a password sign-in does (lib/auth/remember-device.ts): its own wrong-password
 * limit, and no "new sign-in" mail when its owner later signs in there with the password.
 */
function rememberLinkDevice(response: Response, email: string | null): Response {
  const session = response.headers.getSetCookie().find((cookie) => SESSION_COOKIE.test(cookie));
  if (!email || !session) return response;
  const secure = session.startsWith("__Secure-") ? "; Secure" : "";
  const headers = new Headers(response.headers);
  headers.append("Set-Cookie", `${DEVICE_COOKIE}=${encodeURIComponent(newDeviceCookie(email.toLowerCase()))}; Path=/; Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
