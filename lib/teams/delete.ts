import type { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import { lockTeam } from "./lock";
import type { deleteTeamSchema } from "./schemas";

/** Removes the team with its memberships, invitations and resources; the audit trail stays. */
export async function deleteTeam({ input, member, actor, request, tx }: TeamActionContext<z.output<typeof deleteTeamSchema>>) {
  if (input.confirmName.trim() !== member.team.name) {
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
