import type { TeamActionContext } from "@/lib/actions/team-action";
import { audit } from "@/lib/audit/record";
import { assertGrantable, resolveRoleChoice } from "@/lib/roles/choice";
import { lockTeam } from "@/lib/teams/lock";
import { accessEnded, accessEndsAtFor } from "@/lib/members/access-end";
import { limitInvites } from "./limits";
import type { z } from "zod";
import { normaliseAddress, type inviteMembersSchema } from "./schemas";
import { endedSeatsHint, seatsInUse } from "./seats";
import { inviteUrl, queueInvitationEmail } from "./send";
import { newToken } from "./token";

export type InviteOutcome =
  | { email: string; ok: true; invitationId: string; link: string }
  | { email: string; ok: false; message: string };

const DAY_MS = 86_400_000;

/** Why a member's address is not invited; one whose access has ended is extended, not invited again. */
function memberMessage(accessEndsAt: Date | null, now: Date): string {
  return accessEnded({ accessEndsAt }, now) ? "A member whose access has ended; change their access end date instead" : "Already a member of this team";
}

/**
 * Invites each address on its own: invalid ones, members, already-invited ones and those past
 * the seat limit get their own message; the valid ones are invited in the same call.
 */
export async function inviteMembers({ input, member, actor, request, tx, user, notify }: TeamActionContext<z.output<typeof inviteMembersSchema>>) {
  const team = member.team;
  await limitInvites("batchesPerTeam", team.id);
  await lockTeam(tx, team.id);
  const role = await resolveRoleChoice(tx, team.id, input.role);
  assertGrantable(member, role);

  const now = new Date();
  const valid = input.emails.map((raw) => ({ raw, email: normaliseAddress(raw) }));
  const emails = valid.flatMap((v) => (v.email ? [v.email] : []));
  const [members, invited] = await Promise.all([
    tx.membership.findMany({ where: { teamId: team.id, user: { email: { in: emails } } }, select: { accessEndsAt: true, user: { select: { email: true } } } }),
    tx.invitation.findMany({
      where: { teamId: team.id, status: "pending", email: { in: emails }, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { email: true },
    }),
  ]);
  const memberEmails = new Map(members.map((m) => [m.user.email, m.accessEndsAt]));
  const invitedEmails = new Set(invited.map((i) => i.email));
  let seatsLeft = team.seatLimit - (await seatsInUse(tx, team.id, now));
  const expiresAt = new Date(now.getTime() + team.inviteExpiryDays * DAY_MS);
  const accessEndsAt = input.lastDay ? accessEndsAtFor(input.lastDay) : null;

  const outcomes: InviteOutcome[] = [];
  let hint: string | undefined;
  for (const { raw, email } of valid) {
    if (!email) outcomes.push({ email: raw, ok: false, message: "Not a valid email address" });
    else if (memberEmails.has(email)) outcomes.push({ email, ok: false, message: memberMessage(memberEmails.get(email)!, now) });
    else if (invitedEmails.has(email)) outcomes.push({ email, ok: false, message: "Already invited; resend or cancel that invitation instead" });
    else if (seatsLeft <= 0) {
      hint ??= await endedSeatsHint(tx, team.id, now);
      outcomes.push({ email, ok: false, message: `Over the team's limit of ${team.seatLimit} seats${hint && `. ${hint}`}` });
    } else {
      seatsLeft--;
      const { token, hash } = newToken();
      const invitation = await tx.invitation.create({
        data: { teamId: team.id, email, role: role.role, customRoleId: role.customRoleId, tokenHash: hash, inviterId: user.id, require2fa: input.require2fa, expiresAt, accessEndsAt, lastSentAt: now },
        select: { id: true },
      });
      await queueInvitationEmail(notify, { id: invitation.id, email, token, expiresAt, accessEndsAt, roleName: role.name }, user.name, team.name);
      await audit(tx, {
        teamId: team.id,
        actor,
        action: "invite.created",
        target: { type: "invitation", id: invitation.id, label: email },
        metadata: { after: { email, role: role.name, require2fa: input.require2fa, expiresAt: expiresAt.toISOString(), ...(input.lastDay && { lastDay: input.lastDay }) } },
        request,
      });
      outcomes.push({ email, ok: true, invitationId: invitation.id, link: inviteUrl(token) });
    }
  }
  return { outcomes };
}
