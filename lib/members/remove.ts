import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { lockTeam } from "@/lib/teams/lock";
import { assertMayTouch, assertNotLastOwner } from "./owners";
import type { removeMemberSchema } from "./schemas";
import { lockedMembership } from "./target";
import type { z } from "zod";

type Ctx<I> = TeamActionContext<I>;

export async function removeMember({ input, member, actor, request, tx }: Ctx<z.output<typeof removeMemberSchema>>) {
  await lockTeam(tx, member.team.id);
  const target = await lockedMembership(tx, member.team.id, input.membershipId);
  if (target.userId === member.userId) throw new ActionError("To remove yourself, use “Leave team”.", undefined, 422);
  assertMayTouch(member, target);
  await assertNotLastOwner(tx, member.team.id, target, "be removed");
  const reassigned = await deleteMembership(tx, member.team.id, target);
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "member.removed",
    target: { type: "member", id: target.id, label: target.user.email },
    metadata: { before: { role: target.customRole?.name ?? target.role }, reassignedResources: reassigned.count, reassignedTo: reassigned.to },
    request,
  });
  return { reassigned: reassigned.count };
}

export async function leaveTeam({ member, actor, request, tx }: Ctx<Record<string, never>>) {
  await lockTeam(tx, member.team.id);
  const target = await lockedMembership(tx, member.team.id, member.membershipId);
  await assertNotLastOwner(tx, member.team.id, target, "leave the team");
  const reassigned = await deleteMembership(tx, member.team.id, target);
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "member.left",
    target: { type: "member", id: target.id, label: target.user.email },
    metadata: { reassignedResources: reassigned.count, reassignedTo: reassigned.to },
    request,
  });
  return { left: member.team.slug };
}

/** Removes a membership; the resources its user created pass to the longest-standing other Owner. */
async function deleteMembership(tx: Tx, teamId: string, target: { id: string; userId: string }) {
  const heir = await tx.membership.findFirst({
    where: { teamId, role: "owner", userId: { not: target.userId } },
    orderBy: { createdAt: "asc" },
    select: { userId: true, user: { select: { email: true } } },
  });
  const { count } = heir
    ? await tx.resource.updateMany({ where: { teamId, creatorId: target.userId }, data: { creatorId: heir.userId } })
    : { count: 0 };
  await tx.apiKey.updateMany({ where: { teamId, creatorId: target.userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await tx.membership.delete({ where: { id: target.id } });
  return { count, to: heir?.user.email ?? null };
}

/** What the removal dialog lists: the resources that will pass to the Owner. */
export async function resourcesCreatedBy(tx: Tx, teamId: string, userId: string) {
  return tx.resource.findMany({ where: { teamId, creatorId: userId }, select: { id: true, kind: true, name: true }, orderBy: { createdAt: "asc" }, take: 50 });
}
