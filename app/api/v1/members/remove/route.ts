import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { routeMethods } from "@/lib/api/methods";
import { removeMembers } from "@/lib/members/bulk";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  POST: apiRoute(API.removeMembers, async (ctx) => {
    const { count, reassigned } = await removeMembers(ctx);
    return { count, reassignedResources: reassigned };
  }),
});
