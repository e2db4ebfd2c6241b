import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { AuditActor, RequestContext } from "@/lib/audit/record";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { requestContext } from "@/lib/auth/request-context";
import { db, type Tx } from "@/lib/db/client";
import { can, deniedMessage, type Permission } from "@/lib/permissions";
import { loadMember, type Member } from "@/lib/teams/member";
import { ActionError, fieldErrorsOf, type ActionResult } from "./result";

export type TeamActionContext<I> = {
  input: I;
  member: Member;
  user: CurrentUser;
  actor: AuditActor;
  request: RequestContext;
  tx: Tx;
};

/**
 * The only way a team-scoped server action is written: parse the input with the schema the
 * form also uses, re-read the membership from the database, check the permission, then run
 * the mutation and its audit event in one transaction and revalidate the team's pages.
 */
export function teamAction<S extends z.ZodType, R>(
  permission: Permission,
  schema: S,
  run: (ctx: TeamActionContext<z.output<S>>) => Promise<R>,
) {
  return async (slug: string, raw: z.input<S>): Promise<ActionResult<R>> => {
    const user = await currentUser();
    if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    const request = await requestContext();
    try {
      const data = await db.$transaction(async (tx) => {
        const member = await loadMember(tx, String(slug), user.id);
        if (!member) throw new ActionError("You are not a member of this team.", undefined, 404);
        if (!can(member, permission)) throw new ActionError(deniedMessage(member.roleName, permission), undefined, 403);
        const actor: AuditActor = { type: "user", id: user.id, name: user.name };
        return run({ input: parsed.data, member, user, actor, request, tx });
      });
      revalidatePath("/t/[team]", "layout");
      return { ok: true, data };
    } catch (error) {
      return failure(error);
    }
  };
}

export function failure(error: unknown): { ok: false; error: string; fieldErrors?: Record<string, string> } {
  if (error instanceof ActionError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
  console.error("[roster] action failed", error);
  return { ok: false, error: "Something went wrong and nothing was changed. Try again." };
}
