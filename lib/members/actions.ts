"use server";

import { memberAction, teamAction } from "@/lib/actions/team-action";
import { changeMemberRoles, removeMembers, setMembersAccessEnd } from "./bulk";
import { changeMemberRole } from "./change-role";
import { leaveTeam, removeMember, resourcesCreatedBy } from "./remove";
import { setAccessEnd } from "./set-access-end";
import { accessEndSchema, accessEndsSchema, changeRoleSchema, changeRolesSchema, leaveTeamSchema, removeMemberSchema, removeMembersSchema } from "./schemas";

export const changeMemberRoleAction = teamAction("members.role", changeRoleSchema, changeMemberRole);
export const setAccessEndAction = teamAction("members.role", accessEndSchema, setAccessEnd);
export const removeMemberAction = teamAction("members.remove", removeMemberSchema, removeMember);
export const changeMemberRolesAction = teamAction("members.role", changeRolesSchema, changeMemberRoles);
export const setMembersAccessEndAction = teamAction("members.role", accessEndsSchema, setMembersAccessEnd);
export const removeMembersAction = teamAction("members.remove", removeMembersSchema, removeMembers);
export const leaveTeamAction = memberAction(leaveTeamSchema, leaveTeam);

/** Read-only: what the removal dialog lists before the Owner confirms. */
export const previewMemberRemoval = teamAction("members.remove", removeMemberSchema, async ({ input, member, tx }) => {
  const target = await tx.membership.findFirst({ where: { id: input.membershipId, teamId: member.team.id }, select: { userId: true } });
  return target ? resourcesCreatedBy(tx, member.team.id, target.userId) : { listed: [], total: 0 };
});
