import { KIND_INFO, RESOURCE_KINDS, type ResourceKind } from "@/lib/resources/catalog";

/** How a resource kind is named on invoices and charts; usage outlives kinds, so unknown ones show as stored. */
export function kindLabel(kind: string): string {
  return (RESOURCE_KINDS as readonly string[]).includes(kind) ? KIND_INFO[kind as ResourceKind].plural : kind;
}
