import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { routeMethods } from "@/lib/api/methods";
import { listRoleViews } from "@/lib/api/views";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.listRoles, ({ member, tx }) => listRoleViews(tx, member.team.id, member)),
});
