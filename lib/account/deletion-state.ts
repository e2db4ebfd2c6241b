import type { Db } from "@/lib/db/client";
import { teamsOnlyOwnedBy } from "./sole-owner";

/** What the account page's delete card needs: the teams in the way, and which proofs the dialog asks for. */
export async function deletionStateOf(db: Db, userId: string) {
  const [soleOwned, account] = await Promise.all([
    teamsOnlyOwnedBy(db, userId),
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, totpEnabled: true } }),
  ]);
  return { soleOwned, hasPassword: account.passwordHash !== null, totpEnabled: account.totpEnabled };
}
