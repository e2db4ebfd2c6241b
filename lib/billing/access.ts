import { forbidden } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { can, type Permission } from "@/lib/permissions";
import { loadMember, type Member } from "@/lib/teams/member";
import { requireMember } from "@/lib/teams/require-member";

/** For billing pages: members without billing access get the 403 page. */
export async function requireBillingReader(slug: string): Promise<Member> {
  const member = await requireMember(slug);
  if (!can(member, "billing.read")) forbidden();
  return member;
}

/** For billing route handlers: the member, or the response that refuses the request. */
export async function memberForRoute(slug: string, permission: Permission): Promise<Member | Response> {
  const user = await currentUser();
  if (!user) return new Response("Sign in first.\n", { status: 401 });
  const member = await loadMember(db, slug, user.id);
  if (!member) return new Response("Not found.\n", { status: 404 });
  if (!can(member, permission)) return new Response("Your role does not allow this.\n", { status: 403 });
  return member;
}
