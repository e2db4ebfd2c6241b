import type { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import { issueDueInvoices } from "@/lib/billing/invoices";
import { teamBalance } from "@/lib/billing/overview";
import type { Db } from "@/lib/db/client";
import { displayText } from "@/lib/validation/display-text";
import { lockTeam } from "./lock";
import type { deleteTeamSchema } from "./schemas";

/** Removes the team with its memberships, invitations and resources; the audit trail stays. */
export async function deleteTeam({ input, member, actor, request, tx }: TeamActionContext<z.output<typeof deleteTeamSchema>>) {
  if (displayText(input.confirmName) !== member.team.name) {
    throw new ActionError("Type the team name to confirm.", { confirmName: `Type “${member.team.name}” exactly to confirm` }, 422);
  }
  await lockTeam(tx, member.team.id);
  const counts = {
    members: await tx.membership.count({ where: { teamId: member.team.id } }),
    resources: await tx.resource.count({ where: { teamId: member.team.id } }),
  };
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "team.deleted",
    target: { type: "team", id: member.team.id, label: member.team.name },
    metadata: { before: { name: member.team.name, slug: member.team.slug, ...counts } },
    request,
  });
  await tx.team.delete({ where: { id: member.team.id } });
  return null;
}

/** What deleting the team gives up, shown before anyone confirms: resources still running, the balance due and the credit left over. */
export async function whatDeletingLoses(db: Db, teamId: string, now: Date): Promise<{ running: number; balanceDue: number; creditLeft: number }> {
  await issueDueInvoices(db, teamId, now);
  const [running, balance] = await Promise.all([db.resource.count({ where: { teamId, status: "running" } }), teamBalance(db, teamId, now)]);
  return { running, balanceDue: balance.dueCents, creditLeft: balance.creditLeftCents };
}
