/** The platform resources the roles govern, with their prices (integer cents). */

export const RESOURCE_KINDS = ["pod", "endpoint", "cluster", "volume"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const KIND_INFO: Record<ResourceKind, { plural: string; singular: string; path: string; description: string }> = {
  pod: { plural: "Pods", singular: "Pod", path: "pods", description: "GPU containers you start, stop and connect to." },
  endpoint: { plural: "Serverless endpoints", singular: "Endpoint", path: "endpoints", description: "Autoscaling workers billed per request." },
  cluster: { plural: "Instant clusters", singular: "Cluster", path: "clusters", description: "Multi-node GPU clusters with 8 GPUs per node." },
  volume: { plural: "Network volumes", singular: "Volume", path: "volumes", description: "Persistent storage shared by pods and endpoints." },
};

export function kindFromPath(path: string): ResourceKind | null {
  return RESOURCE_KINDS.find((k) => KIND_INFO[k].path === path) ?? null;
}

export const GPU_TYPES = {
  "rtx-4090": { label: "RTX 4090 · 24 GB", centsPerHour: 69 },
  "a100-80": { label: "A100 · 80 GB", centsPerHour: 189 },
  "h100-80": { label: "H100 · 80 GB", centsPerHour: 299 },
} as const;
export type GpuType = keyof typeof GPU_TYPES;
export const GPU_TYPE_KEYS = Object.keys(GPU_TYPES) as GpuType[];

export const REGIONS = ["eu-west-1", "us-east-1", "us-west-2"] as const;

export const GPUS_PER_CLUSTER_NODE = 8;
/** $0.07 per GB-month, as cents per GB-hour over a 730-hour month. */
const VOLUME_CENTS_PER_GB_MONTH = 7;
const HOURS_PER_MONTH = 730;
/** What one test request to a serverless endpoint costs. */
export const ENDPOINT_REQUEST_CENTS = 1;

export type ResourceSpec =
  | { kind: "pod"; gpuType: GpuType; gpuCount: number }
  | { kind: "endpoint"; gpuType: GpuType; maxWorkers: number }
  | { kind: "cluster"; gpuType: GpuType; nodes: number }
  | { kind: "volume"; sizeGb: number; region: (typeof REGIONS)[number] };

/** Cents per hour while running (volumes: while they exist; endpoints: per request instead). */
export function hourlyCostCents(spec: ResourceSpec): number {
  switch (spec.kind) {
    case "pod":
      return GPU_TYPES[spec.gpuType].centsPerHour * spec.gpuCount;
    case "cluster":
      return GPU_TYPES[spec.gpuType].centsPerHour * GPUS_PER_CLUSTER_NODE * spec.nodes;
    case "volume":
      return Math.ceil((spec.sizeGb * VOLUME_CENTS_PER_GB_MONTH) / HOURS_PER_MONTH);
    case "endpoint":
      return 0;
  }
}

/** Status a new resource starts in; pods and clusters start running, volumes are available. */
export function initialStatus(kind: ResourceKind): "running" | "ready" | "available" {
  return kind === "endpoint" ? "ready" : kind === "volume" ? "available" : "running";
}

/** Volumes accrue while they exist; pods and clusters while running; endpoints per request. */
export function accruesWhileIdle(kind: ResourceKind): boolean {
  return kind === "volume";
}

export function canStartStop(kind: ResourceKind): boolean {
  return kind === "pod" || kind === "cluster";
}

/** SSH details of a pod or cluster head node, derived from its id. */
export function connectionDetails(resource: { id: string; kind: string }) {
  const host = `${resource.id}.${resource.kind}s.roster.internal`;
  return { host, port: 22, user: "root", command: `ssh root@${host} -p 22 -i ~/.ssh/id_ed25519` };
}
