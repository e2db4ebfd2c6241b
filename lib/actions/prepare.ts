import type { z } from "zod";
import type { AuditActor, RequestContext } from "@/lib/audit/record";
import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { requestContext } from "@/lib/auth/request-context";
import { parseInput } from "@/lib/validation/parse-input";
import { ActionError, fieldErrorsOf, type ActionRefusal } from "./result";

export type Prepared<I> = { ok: true; user: CurrentUser; input: I; actor: AuditActor; request: RequestContext } | ActionRefusal;

/** The common start of every server action: a signed-in user (read from the database) and input
 *  that passes the schema its form also uses. */
export async function prepareAction<S extends z.ZodType>(schema: S, raw: unknown): Promise<Prepared<z.output<S>>> {
  const user = await currentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again.", signedOut: true };
  const parsed = parseInput(schema, raw);
  if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  return { ok: true, user, input: parsed.data, actor: { type: "user", id: user.id, name: user.name }, request: await requestContext() };
}

/** What the caller sees when an action throws: its own message for refusals, a generic one otherwise. */
export function failure(error: unknown): ActionRefusal {
  if (error instanceof ActionError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
  if (isUniqueViolation(error)) return { ok: false, error: "That conflicts with a change made at the same moment. Reload and try again." };
  console.error("[roster] action failed", error);
  return { ok: false, error: "Something went wrong and nothing was changed. Try again." };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
