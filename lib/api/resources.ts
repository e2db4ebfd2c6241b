import type { ResourceKind } from "@/lib/resources/catalog";
import { listResources } from "@/lib/resources/queries";
import { apiRoute } from "./handler";
import type { ResourceListOperation } from "./registry";
import { resourceView } from "./views";

/** GET /api/v1/<kind>s: the resources the key may see, by the same rule as the app's lists. */
export function listResourcesRoute(operation: ResourceListOperation, kind: ResourceKind) {
  return apiRoute(operation, async ({ input, member, tx }) => {
    const { items, nextCursor } = await listResources(tx, member, kind, input.cursor);
    return { data: items.map(resourceView), nextCursor };
  });
}
