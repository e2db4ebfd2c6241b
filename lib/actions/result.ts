import type { z } from "zod";

export type FieldErrors = Record<string, string>;
/** `signedOut`: the session had ended, so the form can offer to sign in again. */
export type ActionRefusal = { ok: false; error?: string; fieldErrors?: FieldErrors; signedOut?: true };
export type ActionResult<T = null> = { ok: true; data: T } | ActionRefusal;

/** A refusal the user can act on; thrown inside an action, it rolls the transaction back. */
export class ActionError extends Error {
  constructor(message: string, readonly fieldErrors?: FieldErrors, readonly status: 400 | 403 | 404 | 409 | 422 | 429 = 400) {
    super(message);
  }
}

/** Asked again too soon: the REST API sends `retryAfterSeconds` as Retry-After. */
export class RetryLaterError extends ActionError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message, undefined, 429);
  }
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}
