import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/auth";

const PUBLIC = [/^\/sign-in/, /^\/sign-up/, /^\/invite\//, /^\/dev\//];

/**
 * Scripts run only with this request's nonce (Next.js reads it from the request's CSP header and
 * puts it on its own scripts; 'strict-dynamic' lets those load the rest), so every page is
 * rendered per request. Styles allow 'unsafe-inline': React and Radix write style attributes,
 * and a nonce cannot cover attributes. Other security headers are in next.config.ts.
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

// A first, cheap gate: no session token -> sign-in. Pages still re-check the session version
// and the membership against the database (lib/auth/current-user.ts, lib/teams/member.ts).
export const proxy = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (!req.auth && !PUBLIC.some((p) => p.test(pathname))) {
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
});

export const config = { matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"] };
