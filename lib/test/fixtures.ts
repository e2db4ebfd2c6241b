import { randomUUID } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, type BuiltInRole } from "@/lib/permissions";

export function uid(): string {
  return randomUUID().slice(0, 8);
}

export async function createUser(label = "user"): Promise<CurrentUser> {
  const id = uid();
  return db.user.create({
    data: { email: `${label}-${id}@example.test`, name: `${label} ${id}` },
    select: { id: true, email: true, name: true, totpEnabled: true },
  });
}

export type TeamFixture = { id: string; slug: string; name: string; users: Record<BuiltInRole, CurrentUser> };

/** A team with one member of every built-in role. */
export async function createTeamWithEveryRole(): Promise<TeamFixture> {
  const slug = `team-${uid()}`;
  const team = await db.team.create({ data: { slug, name: `Team ${slug}` } });
  const users = {} as Record<BuiltInRole, CurrentUser>;
  for (const role of BUILT_IN_ROLE_KEYS) {
    users[role] = await createUser(role);
    await db.membership.create({ data: { teamId: team.id, userId: users[role].id, role } });
  }
  return { id: team.id, slug, name: team.name, users };
}

export function auditEventsOf(teamId: string) {
  return db.auditEvent.findMany({ where: { teamId }, orderBy: { id: "asc" } });
}

export async function addMember(teamId: string, role: string, label = role): Promise<CurrentUser & { membershipId: string }> {
  const user = await createUser(label);
  const membership = await db.membership.create({ data: { teamId, userId: user.id, role } });
  return { ...user, membershipId: membership.id };
}

export async function membershipOf(teamId: string, userId: string) {
  return db.membership.findUnique({ where: { teamId_userId: { teamId, userId } } });
}

/** The token of the newest email to `to` that links to `path` (outbox). */
export async function tokenFromOutbox(to: string, path: "invite" | "transfer"): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`no /${path}/ link in: ${mail.text}`);
  return match[1];
}
