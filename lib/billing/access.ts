import { forbidden } from "next/navigation";
import { can } from "@/lib/permissions";
import type { Member } from "@/lib/teams/member";
import { requireMember } from "@/lib/teams/require-member";

/** For billing pages: members without billing access get the 403 page. */
export async function requireBillingReader(slug: string): Promise<Member> {
  const member = await requireMember(slug);
  if (!can(member, "billing.read")) forbidden();
  return member;
}
