import { ActionError } from "@/lib/actions/result";
import { apiRoute } from "@/lib/api/handler";
import { API } from "@/lib/api/registry";
import { listInvitationViews } from "@/lib/api/views";
import { inviteMembers } from "@/lib/invites/invite-members";
import { routeMethods } from "@/lib/api/methods";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiRoute(API.listInvitations, ({ input, member, tx }) => listInvitationViews(tx, member.team.id, input)),
  POST: apiRoute(API.inviteMembers, async (ctx) => {
    const { outcomes } = await inviteMembers(ctx);
    if (!outcomes.some((o) => o.ok)) {
      const errors = Object.fromEntries(outcomes.map((o, i) => [`emails.${i}`, o.ok ? "" : `${o.email}: ${o.message}`]));
      const invalid = outcomes.some((o) => !o.ok && o.message === "Not a valid email address");
      throw new ActionError("No one was invited.", errors, invalid ? 422 : 409);
    }
    return { outcomes: outcomes.map((o) => (o.ok ? { email: o.email, ok: true, invitationId: o.invitationId } : { email: o.email, ok: false, message: o.message })) };
  }),
});
