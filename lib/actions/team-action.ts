import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { AuditActor, RequestContext } from "@/lib/audit/record";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db/client";
import { can, deniedMessage, lacksRequiredTwoFactor, TWO_FACTOR_REQUIRED_MESSAGE, type OwnedResource, type Permission } from "@/lib/permissions";
import { loadMember, type Member } from "@/lib/teams/member";
import { withNotices, type Notify } from "./notices";
import { failure, prepareAction } from "./prepare";
import { ActionError, type ActionResult } from "./result";

export type TeamActionContext<I> = {
  input: I;
  member: Member;
  user: CurrentUser;
  actor: AuditActor;
  request: RequestContext;
  tx: Tx;
  /** Records mail telling whom the change touches, sent after it commits. */
  notify: Notify;
};

type Authorize<I, T> = (ctx: TeamActionContext<I>) => Promise<T>;

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
  return defineTeamAction(schema, async (ctx) => requirePermission(ctx.member, permission), (ctx) => run(ctx));
}

/**
 * A team action any member may take about themselves (leaving the team): membership is the only
 * condition, even one whose temporary access has ended.
 */
export function memberAction<S extends z.ZodType, R>(schema: S, run: (ctx: TeamActionContext<z.output<S>>) => Promise<R>) {
  return defineTeamAction(schema, async () => undefined, (ctx) => run(ctx), { withoutTwoFactor: true, ended: true });
}

/**
 * A team action on one resource: `load` fetches it (locked) from the team, a missing one is a
 * 404, and `can(member, permission, resource)` decides, so creators with `resources.own` may
 * act on what they created.
 */
export function resourceAction<S extends z.ZodType, T extends OwnedResource, R>(
  permission: Permission,
  schema: S,
  load: (tx: Tx, input: z.output<S>, teamId: string) => Promise<T | null>,
  run: (ctx: TeamActionContext<z.output<S>> & { resource: T }) => Promise<R>,
) {
  return defineTeamAction(
    schema,
    async (ctx) => {
      const resource = await load(ctx.tx, ctx.input, ctx.member.team.id);
      if (!resource) throw new ActionError("That resource no longer exists.", undefined, 404);
      if (!can(ctx.member, permission, resource)) throw new ActionError(deniedMessage(ctx.member.roleName, permission), undefined, 403);
      return resource;
    },
    (ctx, resource) => run({ ...ctx, resource }),
  );
}

export function requirePermission(member: Member, permission: Permission): void {
  if (!can(member, permission)) throw new ActionError(deniedMessage(member.roleName, permission), undefined, 403);
}

function defineTeamAction<S extends z.ZodType, T, R>(
  schema: S,
  authorize: Authorize<z.output<S>, T>,
  run: (ctx: TeamActionContext<z.output<S>>, authorized: T) => Promise<R>,
  { withoutTwoFactor = false, ended = false } = {},
) {
  return async (slug: string, raw: z.input<S>): Promise<ActionResult<R>> => {
    try {
      const prepared = await prepareAction(schema, raw);
      if (!prepared.ok) return prepared;
      const { user, input, actor, request } = prepared;
      const data = await withNotices(db, async (tx, notify) => {
        const member = await loadMember(tx, String(slug), user.id, { ended });
        if (!member) throw new ActionError("You are not a member of this team.", undefined, 404);
        if (!withoutTwoFactor && lacksRequiredTwoFactor(member, user)) throw new ActionError(TWO_FACTOR_REQUIRED_MESSAGE, undefined, 403);
        const ctx = { input, member, user, actor, request, tx, notify };
        return run(ctx, await authorize(ctx));
      });
      revalidatePath("/t/[team]", "layout");
      return { ok: true, data };
    } catch (error) {
      return failure(error);
    }
  };
}
