import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/methods";
import { API } from "@/lib/api/registry";
import { listInviteLinkViews } from "@/lib/api/views";
import { createInviteLink } from "@/lib/invites/links";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.listInviteLinks, ({ member, tx }) => listInviteLinkViews(tx, member.team.id)),
  POST: apiRoute(API.createInviteLink, createInviteLink),
});
