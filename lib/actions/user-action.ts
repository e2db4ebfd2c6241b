import type { z } from "zod";
import type { AuditActor, RequestContext } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db/client";
import { withNotices, type Notify } from "./notices";
import { failure, prepareAction } from "./prepare";
import type { ActionResult } from "./result";

export type UserActionContext<I> = {
  input: I;
  user: CurrentUser;
  actor: AuditActor;
  request: RequestContext;
  tx: Tx;
  /** Records mail telling others of the change, sent after it commits. */
  notify: Notify;
};

/** A server action of a signed-in user that is not (yet) scoped to a team membership. */
export function userAction<S extends z.ZodType, R>(schema: S, run: (ctx: UserActionContext<z.output<S>>) => Promise<R>) {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    try {
      const prepared = await prepareAction(schema, raw);
      if (!prepared.ok) return prepared;
      const { user, input, actor, request } = prepared;
      const data = await withNotices(db, (tx, notify) => run({ input, user, actor, request, tx, notify }));
      return { ok: true, data };
    } catch (error) {
      return failure(error);
    }
  };
}
