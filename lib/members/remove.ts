import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { removedFromTeamSubject } from "@/lib/email/templates/removed-from-team";
import { OWNER_ROLE } from "@/lib/permissions";
import { lockTeam } from "@/lib/teams/lock";
import { changedBy } from "./notice";
import { assertMayTouch, assertNotLastOwner } from "./owners";
import type { removeMemberSchema } from "./schemas";
import { lockedMembership } from "./target";
import type { z } from "zod";

type Ctx<I> = TeamActionContext<I>;
type Target = Awaited<ReturnType<typeof lockedMembership>>;

export async function removeMember(ctx: Ctx<z.output<typeof removeMemberSchema>>) {
  await lockTeam(ctx.tx, ctx.member.team.id);
  return { reassigned: await removeLocked(ctx, ctx.input.membershipId) };
}

/** Removes one member and mails them so; call after lockTeam. Returns how many of their resources moved. */
export async function removeLocked(ctx: Ctx<unknown>, membershipId: string): Promise<number> {
  const { member, tx } = ctx;
  const target = await lockedMembership(tx, member.team.id, membershipId);
  if (target.userId === member.userId) throw new ActionError("To remove yourself, use “Leave team”.", undefined, 422);
  assertMayTouch(member, target);
  await assertNotLastOwner(tx, member.team.id, target, "be removed");
  const ended = await endMembership(ctx, member.team.id, target, "removed");
  await ctx.notify({
    to: target.user.email,
    subject: removedFromTeamSubject(member.team.name),
    template: "removedFromTeam",
    props: { name: target.user.name, teamName: member.team.name, by: changedBy(ctx.actor), apiKeysRevoked: ended.revokedApiKeys },
  });
  return ended.reassigned;
}

export async function leaveTeam(ctx: Ctx<Record<string, never>>) {
  const { member, tx } = ctx;
  await lockTeam(tx, member.team.id);
  await leaveLocked(ctx, member.team.id, member.membershipId, "left");
  return { left: member.team.slug };
}

/** Who writes the change: the actor, their request and the transaction. */
type Writer = Pick<Ctx<unknown>, "actor" | "request" | "tx">;
/** How a membership ends: removed by someone else, left, or left because its user deletes their account. */
type Ending = "removed" | "left" | "account_deleted";

/** The actor's own membership ends ("Leave team", or deleting their account); call after lockTeam. */
export async function leaveLocked(writer: Writer, teamId: string, membershipId: string, ending: Exclude<Ending, "removed">): Promise<void> {
  const target = await lockedMembership(writer.tx, teamId, membershipId);
  await assertNotLastOwner(writer.tx, teamId, target, "leave the team");
  await endMembership(writer, teamId, target, ending);
}

const REVOKED_BECAUSE: Record<Ending, string> = {
  removed: "its creator was removed from the team",
  left: "its creator left the team",
  account_deleted: "its creator deleted their account",
};

/**
 * Deletes a membership and records it, and keeps its user findable as a former member. The
 * resources its user created pass to the longest-standing other Owner; their API keys are
 * revoked, each with its own audit event. Returns how many resources moved and keys were revoked.
 */
async function endMembership({ actor, request, tx }: Writer, teamId: string, target: Target, ending: Ending): Promise<{ reassigned: number; revokedApiKeys: number }> {
  const heir = await tx.membership.findFirst({
    where: { teamId, role: OWNER_ROLE, userId: { not: target.userId } },
    orderBy: { createdAt: "asc" },
    select: { userId: true, user: { select: { email: true } } },
  });
  const { count } = heir
    ? await tx.resource.updateMany({ where: { teamId, creatorId: target.userId }, data: { creatorId: heir.userId } })
    : { count: 0 };
  const keys = await tx.apiKey.findMany({ where: { teamId, creatorId: target.userId, revokedAt: null }, select: { id: true, name: true, prefix: true }, orderBy: { createdAt: "asc" } });
  if (keys.length) await tx.apiKey.updateMany({ where: { id: { in: keys.map((k) => k.id) } }, data: { revokedAt: new Date() } });
  await tx.membership.delete({ where: { id: target.id } });
  await tx.formerMember.upsert({
    where: { teamId_userId: { teamId, userId: target.userId } },
    create: { teamId, userId: target.userId },
    update: { leftAt: new Date() },
  });
  await audit(tx, {
    teamId,
    actor,
    action: ending === "removed" ? "member.removed" : "member.left",
    target: { type: "member", id: target.id, label: target.user.email },
    metadata: {
      before: { role: target.customRole?.name ?? target.role },
      reassignedResources: count,
      reassignedTo: heir?.user.email ?? null,
      revokedApiKeys: keys.length,
      ...(ending === "account_deleted" ? { accountDeleted: true } : {}),
    },
    request,
  });
  for (const key of keys) {
    await audit(tx, {
      teamId,
      actor,
      action: "api_key.revoked",
      target: { type: "api_key", id: key.id, label: `${key.name} (${key.prefix})` },
      metadata: { reason: REVOKED_BECAUSE[ending] },
      request,
    });
  }
  return { reassigned: count, revokedApiKeys: keys.length };
}

export const REMOVAL_PREVIEW_SIZE = 10;

/** What the removal dialog shows: how many resources will pass to an Owner, and the oldest few by name. */
export async function resourcesCreatedBy(tx: Tx, teamId: string, userId: string) {
  const where = { teamId, creatorId: userId };
  const [listed, total] = await Promise.all([
    tx.resource.findMany({ where, select: { id: true, kind: true, name: true }, orderBy: { createdAt: "asc" }, take: REMOVAL_PREVIEW_SIZE }),
    tx.resource.count({ where }),
  ]);
  return { listed, total };
}
