import type { Db, Tx } from "@/lib/db/client";
import { afterCursor, decodeCursor, encodeCursor } from "@/lib/db/keyset-cursor";
import { can, type Actor } from "@/lib/permissions";
import type { ResourceKind } from "./catalog";

export const RESOURCES_PAGE_SIZE = 50;

/** Whether the member may see any resources at all: all of them, or the ones they created. */
export function resourceVisibility(member: Actor): "all" | "own" | "none" {
  if (can(member, "resources.read")) return "all";
  return member.permissions.has("resources.own") ? "own" : "none";
}

/** A page of one kind of resource, newest first, filtered to what the member may see; a cursor that is not one starts at the first page. */
export async function listResources(client: Db | Tx, member: Actor & { team: { id: string } }, kind: ResourceKind, cursor?: string) {
  const visibility = resourceVisibility(member);
  if (visibility === "none") return { items: [], nextCursor: null };
  const after = cursor ? decodeCursor(cursor) : null;
  const rows = await client.resource.findMany({
    where: { teamId: member.team.id, kind, ...(visibility === "own" ? { creatorId: member.userId } : {}), ...(after ? afterCursor(after, "desc") : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RESOURCES_PAGE_SIZE + 1,
    select: { id: true, kind: true, name: true, status: true, config: true, creatorId: true, hourlyCostCents: true, runningSince: true, createdAt: true },
  });
  const creators = await client.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.creatorId))] } }, select: { id: true, name: true, email: true } });
  const byId = new Map(creators.map((c) => [c.id, c]));
  const items = rows.slice(0, RESOURCES_PAGE_SIZE).map((r) => ({ ...r, creator: byId.get(r.creatorId) ?? null }));
  return { items, nextCursor: rows.length > RESOURCES_PAGE_SIZE ? encodeCursor(items[items.length - 1]) : null };
}

export type ResourceRow = Awaited<ReturnType<typeof listResources>>["items"][number];
