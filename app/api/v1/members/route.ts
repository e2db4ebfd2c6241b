import { listMemberViews } from "@/lib/api/views";
import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { routeMethods } from "@/lib/api/methods";
import { changeMemberRoles } from "@/lib/members/bulk";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.listMembers, ({ input, member, tx }) => listMemberViews(tx, member, input)),
  PATCH: apiRoute(API.changeMemberRoles, changeMemberRoles),
});
