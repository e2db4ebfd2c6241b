import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/auth";

const PUBLIC = [/^\/sign-in/, /^\/sign-up/, /^\/invite\//, /^\/dev\//];

// A first, cheap gate: no session token -> sign-in. Pages still re-check the session version
// and the membership against the database (lib/auth/current-user.ts, lib/teams/member.ts).
export const proxy = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (!req.auth && !PUBLIC.some((p) => p.test(pathname))) {
    const url = new URL("/sign-in", req.nextUrl.origin);
    url.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(url);
  }
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-roster-path", pathname + search);
  return NextResponse.next({ request: { headers: requestHeaders } });
});

export const config = { matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"] };
