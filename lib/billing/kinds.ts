const KIND_LABELS: Record<string, string> = {
  pod: "GPU pods",
  endpoint: "Serverless endpoints",
  cluster: "Clusters",
  volume: "Network volumes",
};

/** How a resource kind is named on invoices and charts; unknown kinds show as stored. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}
