import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { invitationViewOf } from "@/lib/api/views";
import { resendInvite } from "@/lib/invites/manage";
import { routeMethods } from "@/lib/api/methods";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  POST: apiRoute(API.resendInvitation, async (ctx) => {
    await resendInvite(ctx);
    return invitationViewOf(ctx.tx, ctx.member.team.id, ctx.input.invitationId);
  }),
});
