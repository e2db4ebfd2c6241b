import { z } from "zod";
import { userAction } from "@/lib/actions/user-action";
import { audit } from "@/lib/audit/record";
import { currentSessionId } from "./current-user";
import { endSession } from "./ended-sessions";

/**
 * Ends this session's token and records the sign-out in the user's own chain. Signing out never
 * waits on this: when there is no session any more or the write fails, the refusal it returns is
 * ignored and the cookie is still cleared.
 */
export const recordSignOut = userAction(z.object({}), async ({ actor, request, tx }) => {
  const sessionId = await currentSessionId();
  if (sessionId) await endSession(tx, sessionId);
  await audit(tx, { teamId: null, actor, action: "auth.sign_out", request });
  return null;
});
