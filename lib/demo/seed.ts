import { audit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoBilling } from "@/lib/billing/demo";
import type { Db, Tx } from "@/lib/db/client";
import { hourlyCostCents, type ResourceSpec } from "@/lib/resources/catalog";
import { BUILT_IN_ROLE_KEYS, BUILT_IN_ROLES, type BuiltInRole } from "@/lib/permissions";

export const DEMO_TEAM = { slug: "acme", name: "Acme AI" };
export const DEMO_PASSWORD = "roster-demo-2026";

export function demoEmail(role: BuiltInRole): string {
  return `${role.replace("_", "-")}@acme.test`;
}

const DEMO_NAMES: Record<BuiltInRole, string> = {
  owner: "Olivia Owner",
  admin: "Adam Admin",
  developer: "Dana Developer",
  modifier: "Mo Modifier",
  basic: "Bea Basic",
  viewer: "Victor Viewer",
  billing: "Bill Billing",
  billing_viewer: "Bella Billing-Viewer",
};

/** Creates the demo team with one member per built-in role. Does nothing if it exists. */
export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  if (await db.team.findUnique({ where: { slug: DEMO_TEAM.slug }, select: { id: true } })) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(async (tx) => {
    const team = await tx.team.create({ data: DEMO_TEAM });
    const system = { type: "system" as const, id: null, name: "Demo seed" };
    await audit(tx, { teamId: team.id, actor: system, action: "team.created", target: { type: "team", id: team.id, label: team.name } });
    const users = {} as Record<BuiltInRole, { id: string }>;
    for (const role of BUILT_IN_ROLE_KEYS) {
      const user = await tx.user.upsert({
        where: { email: demoEmail(role) },
        update: {},
        create: { email: demoEmail(role), name: DEMO_NAMES[role], passwordHash },
      });
      const membership = await tx.membership.create({ data: { teamId: team.id, userId: user.id, role } });
      await audit(tx, {
        teamId: team.id,
        actor: system,
        action: "member.added",
        target: { type: "member", id: membership.id, label: user.email },
        metadata: { role },
      });
      users[role] = user;
    }
    await seedDemoResources(tx, team.id, users);
    await seedDemoBilling(tx, team.id, users);
    // A one-off at the first start; on a busy machine the embedded database needs more than Prisma's 5 s default.
  }, { timeout: 60_000 });
  return { created: true };
}

export function demoCredentialsText(): string {
  const rows = BUILT_IN_ROLE_KEYS.map((r) => `    ${BUILT_IN_ROLES[r].name.padEnd(15)} ${demoEmail(r)}`);
  return [`  Demo team "${DEMO_TEAM.name}" — password for every account: ${DEMO_PASSWORD}`, ...rows].join("\n");
}

const DEMO_RESOURCES: { name: string; by: BuiltInRole; status: string; spec: ResourceSpec }[] = [
  { name: "dev-notebook", by: "developer", status: "running", spec: { kind: "pod", gpuType: "rtx-4090", gpuCount: 1 } },
  { name: "basic-sandbox", by: "basic", status: "stopped", spec: { kind: "pod", gpuType: "rtx-4090", gpuCount: 1 } },
  { name: "llm-inference", by: "developer", status: "ready", spec: { kind: "endpoint", gpuType: "a100-80", maxWorkers: 4 } },
  { name: "train-cluster", by: "admin", status: "stopped", spec: { kind: "cluster", gpuType: "h100-80", nodes: 2 } },
  { name: "datasets", by: "developer", status: "available", spec: { kind: "volume", sizeGb: 500, region: "eu-west-1" } },
];

async function seedDemoResources(tx: Tx, teamId: string, users: Record<BuiltInRole, { id: string }>) {
  const now = new Date();
  for (const r of DEMO_RESOURCES) {
    const billed = r.status === "running" || r.spec.kind === "volume";
    const { kind, ...config } = r.spec;
    await tx.resource.create({
      data: { teamId, kind, name: r.name, status: r.status, config, creatorId: users[r.by].id, hourlyCostCents: hourlyCostCents(r.spec), runningSince: billed ? now : null },
    });
  }
}
