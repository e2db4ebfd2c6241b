import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import { roleChangedSubject } from "@/lib/email/templates/membership-changed";
import { roleName } from "@/lib/permissions";
import { assertGrantable, resolveRoleChoice, type StoredRole } from "@/lib/roles/choice";
import { lockTeam } from "@/lib/teams/lock";
import { noticeBasics } from "./notice";
import { assertMayTouch, assertNotLastOwner } from "./owners";
import type { changeRoleSchema } from "./schemas";
import { lockedMembership } from "./target";
import type { z } from "zod";

export async function changeMemberRole(ctx: TeamActionContext<z.output<typeof changeRoleSchema>>) {
  await lockTeam(ctx.tx, ctx.member.team.id);
  return giveRole(ctx, ctx.input.membershipId, await grantableRole(ctx, ctx.input.role));
}

/** The role a choice names, once the actor is known to be allowed to grant it. */
export async function grantableRole({ tx, member }: TeamActionContext<unknown>, choice: string): Promise<StoredRole> {
  const next = await resolveRoleChoice(tx, member.team.id, choice);
  assertGrantable(member, next);
  return next;
}

/** Gives one member a role; call after lockTeam, with a role from grantableRole. */
export async function giveRole(ctx: TeamActionContext<unknown>, membershipId: string, next: StoredRole) {
  const { member, actor, request, tx } = ctx;
  const target = await lockedMembership(tx, member.team.id, membershipId);
  assertMayTouch(member, target);
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
  await ctx.notify({ to: target.user.email, subject: roleChangedSubject(member.team.name, next.name), template: "roleChanged", props: { ...noticeBasics(ctx, target), before, after: next.name } });
  return { role: next.name };
}
