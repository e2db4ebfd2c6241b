import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { cancelInvite } from "@/lib/invites/manage";
import { routeMethods } from "@/lib/api/methods";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  DELETE: apiRoute(API.cancelInvitation, cancelInvite),
});
