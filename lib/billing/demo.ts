import { audit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { can, resolveRole } from "@/lib/permissions";
import { costForDuration } from "./money";
import { addUtcDays, startOfUtcDay } from "./period";

const HOUR_MS = 3_600_000;
const DAYS = 60;

/** What the demo team runs: hourly price, and how many hours a day each one is typically up. */
const DEMO_RESOURCES = [
  { kind: "pod", name: "llama-finetune", hourlyCostCents: 249, hoursPerDay: [4, 12] },
  { kind: "pod", name: "sdxl-dev", hourlyCostCents: 74, hoursPerDay: [2, 9] },
  { kind: "endpoint", name: "chat-api", hourlyCostCents: 40, hoursPerDay: [16, 24] },
  { kind: "cluster", name: "train-8xh100", hourlyCostCents: 1990, hoursPerDay: [0, 3] },
  { kind: "volume", name: "datasets", hourlyCostCents: 7, hoursPerDay: [24, 24] },
] as const;

/** Deterministic, so every fresh demo database shows the same numbers. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Usage of the last 60 days (UTC, up to the start of today) for the members who may create
 * resources, one record per resource-hour, plus a default card. Pass the team's memberships.
 */
export async function seedDemoBilling(tx: Tx, teamId: string, users: { userId: string; role: string }[]): Promise<void> {
  const creators = users.filter((u) => can({ userId: u.userId, ...resolveRole(u) }, "resources.create"));
  const owners = creators.length ? creators : users;
  const next = random(42);
  const today = startOfUtcDay(new Date());
  const records = [];
  for (const [index, resource] of DEMO_RESOURCES.entries()) {
    const userId = owners[index % owners.length].userId;
    for (let day = addUtcDays(today, -DAYS); day < today; day = addUtcDays(day, 1)) {
      const [min, max] = resource.hoursPerDay;
      const hours = min + Math.floor(next() * (max - min + 1));
      const firstHour = Math.floor(next() * (24 - hours + 1));
      for (let h = firstHour; h < firstHour + hours; h++) {
        const startedAt = new Date(day.getTime() + h * HOUR_MS);
        records.push({
          teamId,
          resourceId: `demo-${resource.name}`,
          resourceKind: resource.kind,
          resourceName: resource.name,
          userId,
          startedAt,
          endedAt: new Date(startedAt.getTime() + HOUR_MS),
          cents: costForDuration(resource.hourlyCostCents, HOUR_MS),
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
