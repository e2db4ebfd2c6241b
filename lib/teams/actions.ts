"use server";

import { ActionError } from "@/lib/actions/result";
import { teamAction } from "@/lib/actions/team-action";
import { userAction } from "@/lib/actions/user-action";
import { audit } from "@/lib/audit/record";
import { endedSeatsHint, seatsInUse } from "@/lib/invites/seats";
import { deleteTeam } from "./delete";
import { createTeamSchema, deleteTeamSchema, teamSettingsSchema } from "./schemas";
import { lockTeam } from "./lock";
import { ensureSlugFree } from "./slug";

export const createTeam = userAction(createTeamSchema, async ({ input, user, actor, request, tx }) => {
  await ensureSlugFree(tx, input.slug);
  const team = await tx.team.create({
    data: { name: input.name, slug: input.slug, memberships: { create: { userId: user.id, role: "owner" } } },
  });
  await audit(tx, {
    teamId: team.id,
    actor,
    action: "team.created",
    target: { type: "team", id: team.id, label: team.name },
    metadata: { after: { name: team.name, slug: team.slug } },
    request,
  });
  return { slug: team.slug };
});

export const updateTeamSettings = teamAction("team.settings", teamSettingsSchema, async ({ input, member, user, actor, request, tx }) => {
  const { name, slug, defaultRole, seatLimit, inviteExpiryDays, require2fa } = member.team;
  const before = { name, slug, defaultRole, seatLimit, inviteExpiryDays, require2fa };
  if (input.require2fa && !require2fa && !user.totpEnabled) {
    throw new ActionError("Turn on two-factor sign-in for your own account first: the requirement applies to you too.", undefined, 409);
  }
  if (input.slug !== before.slug) await ensureSlugFree(tx, input.slug);
  if (input.seatLimit < seatLimit) {
    await lockTeam(tx, member.team.id);
    const used = await seatsInUse(tx, member.team.id);
    if (input.seatLimit < used) {
      const hint = await endedSeatsHint(tx, member.team.id);
      throw new ActionError("The seat limit is below the seats in use.", { seatLimit: `${used} seats are in use (members and pending invitations): free some first, or keep the limit at ${used} or more${hint && `. ${hint}`}` }, 409);
    }
  }
  await tx.team.update({ where: { id: member.team.id }, data: input });
  await audit(tx, {
    teamId: member.team.id,
    actor,
    action: "team.updated",
    target: { type: "team", id: member.team.id, label: input.name },
    metadata: { before, after: input },
    request,
  });
  return { slug: input.slug };
});

export const deleteTeamAction = teamAction("team.delete", deleteTeamSchema, deleteTeam);
