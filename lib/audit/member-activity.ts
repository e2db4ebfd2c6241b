import type { Db } from "@/lib/db/client";
import { resolveRole } from "@/lib/permissions";
import { ROW_SELECT, type AuditRow } from "./events";

/** A membership of the team by its id, with who it is. */
export async function findTeamMembership(db: Db, teamId: string, membershipId: string) {
  const m = await db.membership.findFirst({
    where: { id: membershipId, teamId },
    select: { id: true, userId: true, role: true, createdAt: true, lastActiveAt: true, accessEndsAt: true, customRole: { select: { name: true, permissions: true } }, user: { select: { name: true, email: true } } },
  });
  return m && { id: m.id, userId: m.userId, name: m.user.name, email: m.user.email, roleName: resolveRole(m).name, joinedAt: m.createdAt, lastActiveAt: m.lastActiveAt, accessEndsAt: m.accessEndsAt };
}

/** What a user did in one team, newest first. */
export function memberActivity(db: Db, teamId: string, userId: string, take = 25): Promise<AuditRow[]> {
  return db.auditEvent.findMany({ where: { teamId, actorId: userId }, orderBy: { id: "desc" }, take, select: ROW_SELECT });
}

export const SIGN_IN_HISTORY_ACTIONS = ["auth.sign_in", "auth.sign_in_failed", "auth.sign_out", "auth.session_ended", "auth.other_sessions_ended", "auth.signed_out_everywhere"] as const;

/** A user's sign-ins, failed sign-ins and sign-outs (team-less events), newest first. */
export function signInHistory(db: Db, userId: string, take = 20) {
  return db.auditEvent.findMany({
    where: { actorId: userId, action: { in: [...SIGN_IN_HISTORY_ACTIONS] }, teamId: null },
    orderBy: { id: "desc" },
    take,
    select: { id: true, createdAt: true, action: true, ip: true, userAgent: true, metadata: true },
  });
}

