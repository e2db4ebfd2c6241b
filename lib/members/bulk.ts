import type { TeamActionContext } from "@/lib/actions/team-action";
import { eachSelected, someOfTheSelected } from "@/lib/actions/each-selected";
import { changeMemberRole } from "./change-role";
import { removeMember } from "./remove";
import type { changeRolesSchema, removeMembersSchema } from "./schemas";
import type { z } from "zod";

type Ctx<I> = TeamActionContext<I>;

async function selectedMembers({ tx, member, input }: Ctx<{ membershipIds: string[] }>) {
  const found = await tx.membership.findMany({
    where: { teamId: member.team.id, id: { in: input.membershipIds } },
    select: { id: true, user: { select: { email: true } } },
  });
  return {
    ids: input.membershipIds,
    labels: new Map(found.map((m) => [m.id, m.user.email])),
    gone: (count: number) => `${someOfTheSelected(count, "members")} no longer in this team. Reload and try again.`,
  };
}

export async function changeMemberRoles(ctx: Ctx<z.output<typeof changeRolesSchema>>) {
  let role = "";
  await eachSelected(await selectedMembers(ctx), async (membershipId) => {
    ({ role } = await changeMemberRole({ ...ctx, input: { membershipId, role: ctx.input.role } }));
  });
  return { count: ctx.input.membershipIds.length, role };
}

export async function removeMembers(ctx: Ctx<z.output<typeof removeMembersSchema>>) {
  let reassigned = 0;
  await eachSelected(await selectedMembers(ctx), async (membershipId) => {
    reassigned += (await removeMember({ ...ctx, input: { membershipId } })).reassigned;
  });
  return { count: ctx.input.membershipIds.length, reassigned };
}
