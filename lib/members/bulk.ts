import type { TeamActionContext } from "@/lib/actions/team-action";
import { eachSelected } from "@/lib/actions/each-selected";
import { lockTeam } from "@/lib/teams/lock";
import { giveRole, grantableRole } from "./change-role";
import { removeLocked } from "./remove";
import type { accessEndsSchema, changeRolesSchema, removeMembersSchema } from "./schemas";
import { giveAccessEnd } from "./set-access-end";
import type { z } from "zod";

type Ctx<I> = TeamActionContext<I>;

/** Locks the team, then reads which of the selected members are still in it. */
async function selectedMembers({ tx, member, input }: Ctx<{ membershipIds: string[] }>) {
  await lockTeam(tx, member.team.id);
  const found = await tx.membership.findMany({
    where: { teamId: member.team.id, id: { in: input.membershipIds } },
    select: { id: true, user: { select: { email: true } } },
  });
  return {
    ids: input.membershipIds,
    labels: new Map(found.map((m) => [m.id, m.user.email])),
    gone: { rows: "members", state: "no longer in this team" },
  };
}

export async function changeMemberRoles(ctx: Ctx<z.output<typeof changeRolesSchema>>) {
  const selected = await selectedMembers(ctx);
  const next = await grantableRole(ctx, ctx.input.role);
  await eachSelected(selected, ctx.actor, (membershipId) => giveRole(ctx, membershipId, next));
  return { count: ctx.input.membershipIds.length, role: next.name };
}

export async function setMembersAccessEnd(ctx: Ctx<z.output<typeof accessEndsSchema>>) {
  await eachSelected(await selectedMembers(ctx), ctx.actor, (membershipId) => giveAccessEnd(ctx, membershipId, ctx.input.lastDay));
  return { count: ctx.input.membershipIds.length, lastDay: ctx.input.lastDay || null };
}

export async function removeMembers(ctx: Ctx<z.output<typeof removeMembersSchema>>) {
  let reassigned = 0;
  await eachSelected(await selectedMembers(ctx), ctx.actor, async (membershipId) => {
    reassigned += await removeLocked(ctx, membershipId);
  });
  return { count: ctx.input.membershipIds.length, reassigned };
}
