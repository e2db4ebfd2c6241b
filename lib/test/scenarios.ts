import { randomUUID } from "node:crypto";
import { seal } from "@/lib/auth/secret-box";
import { db } from "@/lib/db/client";
import type { BuiltInRole } from "@/lib/permissions";
import { hashToken, newToken } from "@/lib/invites/token";
import { actAs } from "./acting-user";
import { createTeamWithEveryRole, createUser, membershipOf, uid, type TeamFixture } from "./fixtures";

/** Setup helpers for the audit-coverage scenarios: each returns a fresh team and what the call needs. */

export async function teamAs(role: "owner" | "admin" | "developer" | "basic" | "viewer"): Promise<TeamFixture> {
  const team = await createTeamWithEveryRole();
  actAs(team.users[role]);
  return team;
}

export async function memberId(team: TeamFixture, role: Exclude<BuiltInRole, "owner">): Promise<string> {
  return (await membershipOf(team.id, team.users[role].id))!.id;
}

export async function pendingInvite(team: TeamFixture, email: string | null = `p-${uid()}@example.test`) {
  const { token, hash } = newToken();
  const invitation = await db.invitation.create({
    data: { teamId: team.id, email, role: "viewer", tokenHash: hash, inviterId: team.users.owner.id, expiresAt: new Date(Date.now() + 86_400_000), lastSentAt: new Date(0) },
  });
  return { invitation, token };
}

export async function resourceOf(team: TeamFixture, kind: "pod" | "endpoint" | "volume", status: string) {
  const config = kind === "volume" ? { sizeGb: 100, region: "eu-west-1" } : { gpuType: "rtx-4090", gpuCount: 1 };
  return db.resource.create({
    data: { teamId: team.id, kind, name: `${kind}-${uid()}`, status, config, creatorId: team.users.developer.id, hourlyCostCents: kind === "volume" ? 1 : 69, runningSince: status === "running" || kind === "volume" ? new Date() : null },
  });
}

export async function transferAwaiting(team: TeamFixture, status: "awaiting_owner" | "awaiting_recipient") {
  const owner = newToken();
  const recipient = newToken();
  const transfer = await db.ownershipTransfer.create({
    data: {
      teamId: team.id,
      fromUserId: team.users.owner.id,
      toUserId: team.users.admin.id,
      status,
      ownerTokenHash: owner.hash,
      recipientTokenHash: status === "awaiting_recipient" ? recipient.hash : null,
      expiresAt: new Date(Date.now() + 3_600_000),
    },
  });
  return { transfer, ownerToken: owner.token, recipientToken: recipient.token };
}

export { createUser, hashToken, uid };

/** An audit log webhook of the team, stored as adding one stores it, streaming from its newest event. */
export async function webhookOf(teamId: string, url = `https://siem-${uid()}.example.invalid/roster`): Promise<string> {
  const id = randomUUID();
  await db.auditWebhook.create({ data: { id, teamId, url, secretSealed: seal("webhook", `whsec_${id}`, id), cursor: 0n } });
  return id;
}
