import { NextResponse, type NextRequest } from "next/server";
import { problem } from "@/lib/api/problem";

const PUBLIC = [/^\/sign-in/, /^\/sign-up/, /^\/invite\//, /^\/dev\//];

/**
 * Scripts run only with this request's nonce (Next.js reads it from the request's CSP header and
 * puts it on its own scripts; 'strict-dynamic' lets those load the rest), so every page is
 * rendered per request. Styles allow 'unsafe-inline': React writes style attributes (e.g. the
 * menu's position), and a nonce cannot cover attributes. Other security headers are in next.config.ts.
 */
function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Why no route can take this address, if so: refused here, once, rather than failing deeper down. */
function unacceptableAddress(req: NextRequest): string | null {
  // PostgreSQL text cannot hold U+0000.
  if (/%00/i.test(req.url)) return "This address contains a NUL character (%00), which Roster does not accept.";
  // Next.js decodes path segments into route parameters and answers 500 when one cannot be decoded.
  try {
    decodeURIComponent(req.nextUrl.pathname);
  } catch {
    return "This address is not valid: a % in its path does not start a valid escape (such as %20).";
  }
  return null;
}

/** Auth.js's session cookie (chunked as .0, .1… when large; __Secure- prefixed over HTTPS). */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

// A first, cheap gate: no session cookie -> sign-in. It does not decode the token: pages check the
// token, its session version and the membership against the database (lib/auth/current-user.ts,
// lib/teams/member.ts). Nor does it re-issue the cookie, so a request still in flight when the user
// signs out cannot bring the session back; a session lasts its maxAge from sign-in.
// Server actions called from a page pass: each checks the session itself and answers the form that
// called it ("Your session has ended"), which cannot read a redirect to the sign-in page.
export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const api = pathname.startsWith("/api/");
  const refused = unacceptableAddress(req);
  if (refused) return api ? problem(400, refused) : new NextResponse(refused, { status: 400 });
  // The REST API and Auth.js's routes answer for themselves (keys, JSON); only the checks above are theirs.
  if (api) return NextResponse.next();
  const signedIn = req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  const serverAction = req.method === "POST" && req.headers.has("next-action");
  if (!signedIn && !serverAction && !PUBLIC.some((p) => p.test(pathname))) {
    const url = new URL("/sign-in", req.nextUrl.origin);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  const csp = contentSecurityPolicy(Buffer.from(crypto.randomUUID()).toString("base64"));
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-roster-path", pathname + search);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = { matcher: ["/((?!_next/|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"] };
