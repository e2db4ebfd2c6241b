import { listResourcesRoute } from "@/lib/api/resources";
import { API } from "@/lib/api/registry";
import { routeMethods } from "@/lib/api/methods";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: listResourcesRoute(API.listEndpoints, "endpoint"),
});
