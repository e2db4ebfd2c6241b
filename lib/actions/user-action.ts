import type { z } from "zod";
import type { AuditActor, RequestContext } from "@/lib/audit/record";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { requestContext } from "@/lib/auth/request-context";
import { db, type Tx } from "@/lib/db/client";
import { fieldErrorsOf, type ActionResult } from "./result";
import { failure } from "./team-action";

export type UserActionContext<I> = { input: I; user: CurrentUser; actor: AuditActor; request: RequestContext; tx: Tx };

/** A server action of a signed-in user that is not (yet) scoped to a team membership. */
export function userAction<S extends z.ZodType, R>(schema: S, run: (ctx: UserActionContext<z.output<S>>) => Promise<R>) {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    const user = await currentUser();
    if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    const request = await requestContext();
    try {
      const actor: AuditActor = { type: "user", id: user.id, name: user.name };
      const data = await db.$transaction((tx) => run({ input: parsed.data, user, actor, request, tx }));
      return { ok: true, data };
    } catch (error) {
      return failure(error);
    }
  };
}
