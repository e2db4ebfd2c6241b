import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import { roleName } from "@/lib/permissions";
import { assertGrantable, resolveRoleChoice } from "@/lib/roles/choice";
import { lockTeam } from "@/lib/teams/lock";
import { assertMayTouch, assertNotLastOwner } from "./owners";
import type { changeRoleSchema } from "./schemas";
import { lockedMembership } from "./target";
import type { z } from "zod";

export async function changeMemberRole({ input, member, actor, request, tx }: TeamActionContext<z.output<typeof changeRoleSchema>>) {
  await lockTeam(tx, member.team.id);
  const target = await lockedMembership(tx, member.team.id, input.membershipId);
  const next = await resolveRoleChoice(tx, member.team.id, input.role);
  assertMayTouch(member, target);
  assertGrantable(member, next);
  const before = target.customRole?.name ?? roleName(target.role);
  if (target.role === next.role && target.customRoleId === next.customRoleId) return { role: next.name };
  await assertNotLastOwner(tx, member.team.id, target, "be demoted");
  await tx.membership.update({ where: { id: target.id }, data: { role: next.role, customRoleId: next.customRoleId } });
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "member.role_changed",
    target: { type: "member", id: target.id, label: target.user.email },
    metadata: { before: { role: before }, after: { role: next.name } },
    request,
  });
  return { role: next.name };
}
