import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { changeMemberRole } from "./change-role";
import { removeMember } from "./remove";
import type { changeRolesSchema, removeMembersSchema } from "./schemas";
import type { z } from "zod";

type Ctx<I> = TeamActionContext<I>;

/**
 * Several members at once, in one transaction: the first refusal undoes the rest and names whose
 * it was. Refusals of the input itself (a role that cannot be granted) carry field errors and pass as they are.
 */
async function eachMember<I extends { membershipIds: string[] }>(ctx: Ctx<I>, run: (membershipId: string) => Promise<unknown>) {
  const selected = await ctx.tx.membership.findMany({
    where: { teamId: ctx.member.team.id, id: { in: ctx.input.membershipIds } },
    select: { id: true, user: { select: { email: true } } },
  });
  const emails = new Map(selected.map((m) => [m.id, m.user.email]));
  const gone = ctx.input.membershipIds.length - selected.length;
  if (gone) throw new ActionError(`${gone === 1 ? "One of the selected members is" : `${gone} of the selected members are`} no longer in this team. Reload and try again.`, undefined, 404);
  for (const membershipId of ctx.input.membershipIds) {
    try {
      await run(membershipId);
    } catch (error) {
      if (error instanceof ActionError && !error.fieldErrors) throw new ActionError(`${emails.get(membershipId)}: ${error.message} Nothing was changed.`, undefined, error.status);
      throw error;
    }
  }
}

export async function changeMemberRoles(ctx: Ctx<z.output<typeof changeRolesSchema>>) {
  let role = "";
  await eachMember(ctx, async (membershipId) => {
    ({ role } = await changeMemberRole({ ...ctx, input: { membershipId, role: ctx.input.role } }));
  });
  return { count: ctx.input.membershipIds.length, role };
}

export async function removeMembers(ctx: Ctx<z.output<typeof removeMembersSchema>>) {
  let reassigned = 0;
  await eachMember(ctx, async (membershipId) => {
    reassigned += (await removeMember({ ...ctx, input: { membershipId } })).reassigned;
  });
  return { count: ctx.input.membershipIds.length, reassigned };
}
