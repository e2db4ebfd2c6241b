import { ActionError } from "@/lib/actions/result";
import { audit, type RequestContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { appUrl } from "@/lib/app-url";
import { withNotices } from "@/lib/actions/notices";
import { hashPassword } from "./password";
import type { signUpSchema } from "./schemas";
import type { z } from "zod";

export async function registerUser(db: Db, input: z.output<typeof signUpSchema>, request: RequestContext): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  return withNotices(db, async (tx, notify) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      throw new ActionError("An account with this email already exists.", { email: "An account with this email already exists. Sign in instead." }, 409);
    }
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash }, select: { id: true } });
    await audit(tx, { teamId: null, actor: { type: "user", id: user.id, name: input.name }, action: "auth.sign_up", metadata: { email: input.email }, request });
    // A welcome carries nothing the account needs: a mail provider that is down must not stop sign-up.
    await notify({ to: input.email, subject: "Welcome to Roster", template: "welcome", props: { name: input.name, url: appUrl("/") } });
    return user;
  });
}
