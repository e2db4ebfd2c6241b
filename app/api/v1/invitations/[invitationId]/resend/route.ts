import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { invitationViewOf } from "@/lib/api/views";
import { resendInvite } from "@/lib/invites/manage";

export const POST = apiRoute(API.resendInvitation, async (ctx) => {
  await resendInvite(ctx);
  return invitationViewOf(ctx.tx, ctx.member.team.id, ctx.input.invitationId);
});
