import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import type { BuiltInRole } from "@/lib/permissions";
import { hourlyCostCents, type ResourceSpec } from "@/lib/resources/catalog";
import { addUtcDays, startOfUtcDay } from "./period";

const HOUR_MS = 3_600_000;
const DAYS = 60;

/** The demo team's resources (lib/demo/seed.ts) and how many hours a day each was typically up.
 *  Endpoints bill per request, so their "hourly" cost is a range of request charges per hour. */
const DEMO_USAGE: { name: string; by: BuiltInRole; spec: ResourceSpec; hoursPerDay: [number, number]; centsPerHour?: [number, number] }[] = [
  { name: "dev-notebook", by: "developer", spec: { kind: "pod", gpuType: "rtx-4090", gpuCount: 1 }, hoursPerDay: [4, 12] },
  { name: "basic-sandbox", by: "basic", spec: { kind: "pod", gpuType: "rtx-4090", gpuCount: 1 }, hoursPerDay: [0, 4] },
  { name: "llm-inference", by: "developer", spec: { kind: "endpoint", gpuType: "a100-80", maxWorkers: 4 }, hoursPerDay: [10, 18], centsPerHour: [5, 60] },
  { name: "train-cluster", by: "admin", spec: { kind: "cluster", gpuType: "h100-80", nodes: 2 }, hoursPerDay: [0, 2] },
  { name: "datasets", by: "developer", spec: { kind: "volume", sizeGb: 500, region: "eu-west-1" }, hoursPerDay: [24, 24] },
];

/** Deterministic, so every fresh demo database shows the same numbers. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Usage of the last 60 days (UTC, up to the start of today), one record per resource-hour, and a default card. */
export async function seedDemoBilling(tx: Tx, teamId: string, users: Record<BuiltInRole, { id: string }>): Promise<void> {
  const next = random(42);
  const between = ([min, max]: [number, number]) => min + Math.floor(next() * (max - min + 1));
  const today = startOfUtcDay(new Date());
  const records = [];
  for (const usage of DEMO_USAGE) {
    for (let day = addUtcDays(today, -DAYS); day < today; day = addUtcDays(day, 1)) {
      const hours = between(usage.hoursPerDay);
      const firstHour = between([0, 24 - hours]);
      for (let h = firstHour; h < firstHour + hours; h++) {
        const startedAt = new Date(day.getTime() + h * HOUR_MS);
        records.push({
          teamId,
          resourceId: `demo-${usage.name}`,
          resourceKind: usage.spec.kind,
          resourceName: usage.name,
          userId: users[usage.by].id,
          startedAt,
          endedAt: new Date(startedAt.getTime() + HOUR_MS),
          cents: usage.centsPerHour ? between(usage.centsPerHour) : hourlyCostCents(usage.spec),
        });
      }
    }
  }
  await tx.usageRecord.createMany({ data: records });

  const card = await tx.paymentMethod.create({
    data: { teamId, providerRef: "local_demo", brand: "Visa", last4: "4242", expMonth: 12, expYear: today.getUTCFullYear() + 3, billingName: "Acme AI Inc.", addressLine: "500 Market St", city: "San Francisco", postalCode: "94105", country: "US", isDefault: true },
  });
  await audit(tx, {
    teamId,
    actor: { type: "system", id: null, name: "Demo seed" },
    action: "billing.payment_method_added",
    target: { type: "payment_method", id: card.id, label: "Visa •••• 4242" },
    metadata: { brand: card.brand, last4: card.last4, isDefault: true },
  });
}
