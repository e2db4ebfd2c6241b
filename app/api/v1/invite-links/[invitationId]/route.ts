import { apiRoute } from "@/lib/api/handler";
import { routeMethods } from "@/lib/api/methods";
import { API } from "@/lib/api/registry";
import { revokeInviteLink } from "@/lib/invites/manage";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  DELETE: apiRoute(API.revokeInviteLink, revokeInviteLink),
});
