import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { routeMethods } from "@/lib/api/methods";
import { cancelInvites } from "@/lib/invites/manage";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  POST: apiRoute(API.cancelInvitations, cancelInvites),
});
