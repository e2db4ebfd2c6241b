import { confirmEmail } from "@/lib/auth/confirm-email";
import { currentUser } from "@/lib/auth/current-user";
import { contextFromHeaders } from "@/lib/auth/request-context";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { db } from "@/lib/db/client";

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * The link in a confirmation email: confirms the address once, for the signed-in user it was sent
 * to, then leads back where it was asked for. Signed out, it goes through sign-in first.
 */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const user = await currentUser();
  if (!user) return seeOther(`/sign-in?${new URLSearchParams({ callbackUrl: `${url.pathname}${url.search}` })}`);
  const confirmed = await confirmEmail(db, url.searchParams.get("token") ?? "", user.id, contextFromHeaders(request.headers));
  return seeOther(confirmed ? safeCallbackUrl(url.searchParams.get("next"), "/account") : "/account?email=link-invalid");
}
