"use server";

import { teamAction } from "@/lib/actions/team-action";
import { userAction } from "@/lib/actions/user-action";
import { acceptInvite, declineInvitation, joinInvitedTeam, joinListedTeam } from "./accept";
import { inviteMembers } from "./invite-members";
import { createInviteLink } from "./links";
import { cancelInvite, cancelInvites, listInviteLink, regenerateInviteLink, resendInvite, revokeInviteLink, unlistInviteLink } from "./manage";
import { invitationIdSchema, invitationIdsSchema, inviteLinkSchema, inviteMembersSchema, inviteTokenSchema } from "./schemas";

export const inviteMembersAction = teamAction("members.invite", inviteMembersSchema, inviteMembers);
export const resendInviteAction = teamAction("members.invite", invitationIdSchema, resendInvite);
export const cancelInviteAction = teamAction("members.invite", invitationIdSchema, cancelInvite);
export const cancelInvitesAction = teamAction("members.invite", invitationIdsSchema, cancelInvites);
export const createInviteLinkAction = teamAction("members.invite", inviteLinkSchema, createInviteLink);
export const revokeInviteLinkAction = teamAction("members.invite", invitationIdSchema, revokeInviteLink);
export const regenerateInviteLinkAction = teamAction("members.invite", invitationIdSchema, regenerateInviteLink);
export const unlistInviteLinkAction = teamAction("members.invite", invitationIdSchema, unlistInviteLink);
export const listInviteLinkAction = teamAction("members.invite", invitationIdSchema, listInviteLink);
export const acceptInviteAction = userAction(inviteTokenSchema, acceptInvite);
export const joinInvitedTeamAction = userAction(invitationIdSchema, joinInvitedTeam);
export const declineInvitationAction = userAction(invitationIdSchema, declineInvitation);
export const joinListedTeamAction = userAction(invitationIdSchema, joinListedTeam);
