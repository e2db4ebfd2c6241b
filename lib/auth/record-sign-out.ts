import { z } from "zod";
import { userAction } from "@/lib/actions/user-action";
import { audit } from "@/lib/audit/record";

/**
 * Records a sign-out in the user's own chain. Signing out never waits on this: when there is no
 * session any more or the write fails, the refusal it returns is ignored and the session still ends.
 */
export const recordSignOut = userAction(z.object({}), async ({ actor, request, tx }) => {
  await audit(tx, { teamId: null, actor, action: "auth.sign_out", request });
  return null;
});
