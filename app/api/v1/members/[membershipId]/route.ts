import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { memberViewOf } from "@/lib/api/views";
import { changeMemberRole } from "@/lib/members/change-role";
import { removeMember } from "@/lib/members/remove";
import { routeMethods } from "@/lib/api/methods";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.getMember, ({ input, member, tx }) => memberViewOf(tx, member, input.membershipId)),
  PATCH: apiRoute(API.changeMemberRole, async (ctx) => {
    await changeMemberRole(ctx);
    return memberViewOf(ctx.tx, ctx.member, ctx.input.membershipId);
  }),
  DELETE: apiRoute(API.removeMember, async (ctx) => ({ reassignedResources: (await removeMember(ctx)).reassigned })),
});
