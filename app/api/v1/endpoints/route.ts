import { listResourcesRoute } from "@/lib/api/resources";
import { API } from "@/lib/api/registry";

export const GET = listResourcesRoute(API.listEndpoints, "endpoint");
