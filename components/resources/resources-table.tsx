import { Badge } from "@/components/ui/badge";
import { EmptyRow, Table, Th } from "@/components/ui/table";
import { formatCents } from "@/lib/billing/money";
import { can, type Actor } from "@/lib/permissions";
import { GPU_TYPES, KIND_INFO, type GpuType, type ResourceKind } from "@/lib/resources/catalog";
import type { ResourceRow } from "@/lib/resources/queries";
import { ResourceActions } from "./resource-actions";

const STATUS_TONE: Record<string, "green" | "neutral" | "blue"> = { running: "green", stopped: "neutral", ready: "blue", available: "blue" };

function describe(config: Record<string, unknown>): string {
  const gpu = config.gpuType ? GPU_TYPES[config.gpuType as GpuType]?.label : null;
  if (config.gpuCount) return `${config.gpuCount} × ${gpu}`;
  if (config.nodes) return `${config.nodes} nodes × 8 × ${gpu}`;
  if (config.maxWorkers) return `${gpu}, up to ${config.maxWorkers} workers`;
  if (config.sizeGb) return `${config.sizeGb} GB · ${config.region}`;
  return "";
}

export function ResourcesTable({ slug, kind, rows, member }: { slug: string; kind: ResourceKind; rows: ResourceRow[]; member: Actor }) {
  return (
    <Table caption={KIND_INFO[kind].plural}>
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Configuration</Th>
          <Th>Status</Th>
          <Th>Cost</Th>
          <Th>Created by</Th>
          <Th className="text-right">
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && <EmptyRow colSpan={6}>No {KIND_INFO[kind].plural.toLowerCase()} yet.</EmptyRow>}
        {rows.map((r) => {
          const config = (r.config ?? {}) as Record<string, unknown>;
          return (
            <tr key={r.id} data-testid="resource-row">
              <td className="font-medium">{r.name}</td>
              <td className="text-zinc-700">{describe(config)}</td>
              <td>
                <Badge tone={STATUS_TONE[r.status] ?? "neutral"}>{r.status}</Badge>
              </td>
              <td className="whitespace-nowrap">{kind === "endpoint" ? "per request" : `${formatCents(r.hourlyCostCents)}/h`}</td>
              <td className="text-zinc-700">{r.creator?.name ?? "—"}</td>
              <td className="text-right">
                <ResourceActions
                  slug={slug}
                  resource={{ id: r.id, name: r.name, kind: r.kind, status: r.status, sizeGb: config.sizeGb as number | undefined }}
                  allowed={{ manage: can(member, "resources.manage", r), delete: can(member, "resources.delete", r) }}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
