"use server";

import { teamAction } from "@/lib/actions/team-action";
import { userAction } from "@/lib/actions/user-action";
import { audit } from "@/lib/audit/record";
import { deleteTeam } from "./delete";
import { createTeamSchema, deleteTeamSchema, teamSettingsSchema } from "./schemas";
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

export const updateTeamSettings = teamAction("team.settings", teamSettingsSchema, async ({ input, member, actor, request, tx }) => {
  const { name, slug, defaultRole, seatLimit, inviteExpiryDays, require2fa } = member.team;
  const before = { name, slug, defaultRole, seatLimit, inviteExpiryDays, require2fa };
  if (input.slug !== before.slug) await ensureSlugFree(tx, input.slug);
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
