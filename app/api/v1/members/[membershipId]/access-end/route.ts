import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/methods";
import { API } from "@/lib/api/registry";
import { memberViewOf } from "@/lib/api/views";
import { setAccessEnd } from "@/lib/members/set-access-end";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  PUT: apiRoute(API.setMemberAccessEnd, async (ctx) => {
    await setAccessEnd(ctx);
    return memberViewOf(ctx.tx, ctx.member, ctx.input.membershipId);
  }),
});
