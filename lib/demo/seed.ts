import { audit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
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
    }
  });
  return { created: true };
}

export function demoCredentialsText(): string {
  const rows = BUILT_IN_ROLE_KEYS.map((r) => `    ${BUILT_IN_ROLES[r].name.padEnd(15)} ${demoEmail(r)}`);
  return [`  Demo team "${DEMO_TEAM.name}" — password for every account: ${DEMO_PASSWORD}`, ...rows].join("\n");
}
