import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { cancelInvite } from "@/lib/invites/manage";

export const DELETE = apiRoute(API.cancelInvitation, cancelInvite);
