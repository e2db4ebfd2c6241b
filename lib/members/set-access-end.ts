import { ActionError } from "@/lib/actions/result";
import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import { isOwner } from "@/lib/permissions";
import { lockTeam } from "@/lib/teams/lock";
import type { z } from "zod";
import { accessEndsAtFor, lastDayOf } from "./access-end";
import { assertMayTouch } from "./owners";
import type { accessEndSchema } from "./schemas";
import { lockedMembership } from "./target";

/**
 * Temporary access: the member keeps their role through `lastDay` (UTC), then the membership grants
 * nothing until someone extends it or removes them. An empty `lastDay` makes the access permanent
 * again, which also restores access that has already ended.
 */
export async function setAccessEnd({ input, member, actor, request, tx }: TeamActionContext<z.output<typeof accessEndSchema>>) {
  await lockTeam(tx, member.team.id);
  const target = await lockedMembership(tx, member.team.id, input.membershipId);
  if (target.userId === member.userId) throw new ActionError("You cannot set an end date on your own access.", { lastDay: "Ask another Owner or Admin" }, 422);
  assertMayTouch(member, target);
  if (isOwner(target)) throw new ActionError("An Owner's access cannot end. Transfer ownership first.", { lastDay: "Owners keep their access" }, 422);
  const next = input.lastDay ? accessEndsAtFor(input.lastDay) : null;
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
  return { lastDay: after };
}
