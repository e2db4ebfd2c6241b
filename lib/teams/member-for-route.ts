import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { can, deniedMessage, lacksRequiredTwoFactor, TWO_FACTOR_REQUIRED_MESSAGE, type Permission } from "@/lib/permissions";
import { loadMember, type Member } from "./member";

/** For a team's route handlers (downloads, lookups): the signed-in member, or the plain-text response that refuses the request. */
export async function memberForRoute(slug: string, permission: Permission): Promise<{ member: Member; user: CurrentUser } | Response> {
  const user = await currentUser();
  if (!user) return plainText(401, "Your session has ended. Sign in again.");
  const member = await loadMember(db, slug, user.id, { touch: true });
  if (!member) return plainText(404, "This team does not exist or you are not a member of it.");
  if (lacksRequiredTwoFactor(member, user)) return plainText(403, TWO_FACTOR_REQUIRED_MESSAGE);
  if (!can(member, permission)) return plainText(403, deniedMessage(member.roleName, permission));
  return { member, user };
}

export function plainText(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
