import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import { accessEndChangedSubject } from "@/lib/email/templates/membership-changed";
import { isOwner } from "@/lib/permissions";
import { lockTeam } from "@/lib/teams/lock";
import type { z } from "zod";
import { accessEndsAtFor, lastDayOf } from "./access-end";
import { noticeBasics } from "./notice";
import { assertMayTouch } from "./owners";
import type { accessEndSchema } from "./schemas";
import { lockedMembership } from "./target";

/**
 * Temporary access: the member keeps their role through `lastDay` (UTC), then the membership grants
 * nothing until someone extends it or removes them. An empty `lastDay` makes the access permanent
 * again, which also restores access that has already ended.
 */
export async function setAccessEnd(ctx: TeamActionContext<z.output<typeof accessEndSchema>>) {
  await lockTeam(ctx.tx, ctx.member.team.id);
  return giveAccessEnd(ctx, ctx.input.membershipId, ctx.input.lastDay, { nextToField: true });
}

/**
 * Sets one member's last day ("" for none); call after lockTeam. With `nextToField` (one member,
 * from a form) refusals also sit next to the date field; for several, they name whose they are.
 */
export async function giveAccessEnd(ctx: TeamActionContext<unknown>, membershipId: string, lastDay: string, { nextToField = false } = {}) {
  const { member, actor, request, tx } = ctx;
  const refuse = (message: string, field: string) => new ActionError(message, nextToField ? { lastDay: field } : undefined, 422);
  const target = await lockedMembership(tx, member.team.id, membershipId);
  if (target.userId === member.userId) throw refuse("You cannot set an end date on your own access.", "Ask another Owner or Admin");
  assertMayTouch(member, target);
  if (isOwner(target)) throw refuse("An Owner's access cannot end. Transfer ownership first.", "Owners keep their access");
  const next = lastDay ? accessEndsAtFor(lastDay) : null;
  const before = target.accessEndsAt ? lastDayOf(target.accessEndsAt) : null;
  const after = next ? lastDayOf(next) : null;
  if (before === after) return { lastDay: after };
  await tx.membership.update({ where: { id: target.id }, data: { accessEndsAt: next } });
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "member.access_end_changed",
    target: { type: "member", id: target.id, label: target.user.email },
    metadata: { before: { lastDay: before }, after: { lastDay: after } },
    request,
  });
  await ctx.notify({ to: target.user.email, subject: accessEndChangedSubject(member.team.name, next), template: "accessEndChanged", props: { ...noticeBasics(ctx, target), accessEndsAt: next } });
  return { lastDay: after };
}
