import { audit, type RequestContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";

export type AuthenticatedUser = { id: string; sessionVersion: number };

/** Checks email + password and records the attempt, successful or not. */
export async function authenticate(db: Db, raw: unknown, request: RequestContext): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, passwordHash: true, sessionVersion: true } });
  const valid = await verifyPassword(user?.passwordHash, password);
  await db.$transaction((tx) =>
    audit(tx, {
      teamId: null,
      actor: { type: "user", id: user?.id ?? null, name: user?.name ?? email },
      action: valid && user ? "auth.sign_in" : "auth.sign_in_failed",
      metadata: { method: "password", email },
      request,
    }),
  );
  return valid && user ? { id: user.id, sessionVersion: user.sessionVersion } : null;
}
