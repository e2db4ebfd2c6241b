"use server";

import { teamAction } from "@/lib/actions/team-action";
import { audit } from "./record";
import { auditRetentionSchema, verifyAuditSchema } from "./schemas";
import { verifyTeamChain } from "./verify";

export const updateAuditRetention = teamAction("team.settings", auditRetentionSchema, async ({ input, member, actor, request, tx }) => {
  const { team } = member;
  await tx.team.update({ where: { id: team.id }, data: { auditRetentionDays: input.retentionDays } });
  await audit(tx, {
    teamId: team.id,
    actor,
    action: "audit.retention_updated",
    target: { type: "team", id: team.id, label: team.name },
    metadata: { before: { retentionDays: team.auditRetentionDays }, after: { retentionDays: input.retentionDays } },
    request,
  });
  return { retentionDays: input.retentionDays };
});

export const verifyAuditLog = teamAction("audit.read", verifyAuditSchema, async ({ member, actor, request, tx }) => {
  const report = await verifyTeamChain(tx, member.team.id);
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "audit.verified",
    target: { type: "team", id: member.team.id, label: member.team.name },
    metadata: report.ok ? { ok: true, checked: report.checked } : { ...report },
    request,
  });
  return report;
});
