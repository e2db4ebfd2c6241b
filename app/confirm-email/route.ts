import { confirmEmail } from "@/lib/auth/confirm-email";
import { contextFromHeaders } from "@/lib/auth/request-context";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { db } from "@/lib/db/client";

/** The link in a confirmation email: confirms the address once, then leads back where it was asked for. */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const confirmed = await confirmEmail(db, params.get("token") ?? "", contextFromHeaders(request.headers));
  const location = confirmed ? safeCallbackUrl(params.get("next"), "/account") : "/account?email=link-invalid";
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
