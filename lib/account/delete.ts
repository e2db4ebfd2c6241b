import type { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import type { UserActionContext } from "@/lib/actions/user-action";
import { audit } from "@/lib/audit/record";
import { limitPasswordChecks } from "@/lib/auth/limits";
import { verifyPassword } from "@/lib/auth/password";
import { consumeSecondFactor } from "@/lib/auth/second-factor";
import type { Tx } from "@/lib/db/client";
import { ACCOUNT_DELETED_SUBJECT } from "@/lib/email/templates/account-deleted";
import { leaveLocked } from "@/lib/members/remove";
import { lockTeam } from "@/lib/teams/lock";
import { endTransfer, openTransfersOf } from "@/lib/transfer/transfer";
import type { deleteAccountSchema } from "./schemas";
import { teamsOnlyOwnedBy, type OwnedTeam } from "./sole-owner";

const CHECK_FIELDS = "Check the highlighted fields.";

function soleOwnerMessage(teams: OwnedTeam[]): string {
  const names = teams.map((t) => t.name).join(", ");
  return `You are the only Owner of ${names}. A team always needs an Owner: transfer ownership of ${teams.length === 1 ? "it" : "each"} or delete ${teams.length === 1 ? "it" : "them"} first.`;
}

/**
 * Deletes the user's account in one transaction: they leave every team exactly as "Leave team"
 * does (their resources pass to an Owner, their API keys are revoked, each team's log records it),
 * their open ownership transfers are cancelled, a confirmation is mailed, and the user row goes
 * with its sessions. Refused while they are the only Owner of a team.
 */
export async function deleteAccount({ input, user, actor, request, tx, notify }: UserActionContext<z.output<typeof deleteAccountSchema>>) {
  if (input.email.toLowerCase() !== user.email) throw new ActionError(CHECK_FIELDS, { email: "That is not your email address." });
  // Teams first, then the user row: the order in which team actions take them (a membership
  // insert locks the user row too), so no new membership can appear once both are held.
  const teamIds = await involvedTeams(tx, user.id);
  for (const teamId of teamIds) await lockTeam(tx, teamId);
  const [account] = await tx.$queryRaw<{ email: string; passwordHash: string | null; totpEnabled: boolean; totpSecret: string | null }[]>`
    SELECT email, "passwordHash", "totpEnabled", "totpSecret" FROM "User" WHERE id = ${user.id} FOR UPDATE`;
  if (!account) throw new ActionError("This account no longer exists.", undefined, 404);
  const memberships = await tx.membership.findMany({ where: { userId: user.id }, select: { id: true, teamId: true, team: { select: { name: true } } }, orderBy: { team: { name: "asc" } } });
  if (memberships.some((m) => !teamIds.includes(m.teamId))) throw new ActionError("You joined a team just now. Try again.", undefined, 409);
  const soleOwned = await teamsOnlyOwnedBy(tx, user.id);
  if (soleOwned.length) throw new ActionError(soleOwnerMessage(soleOwned), undefined, 409);
  await confirmIdentity(tx, user.id, account, input);

  const writer = { actor, request, tx };
  for (const m of memberships) await leaveLocked(writer, m.teamId, m.id, "account_deleted");
  for (const transfer of await openTransfersOf(tx, user.id)) await endTransfer(writer, transfer, { accountDeleted: true });
  // Links mailed to the account (sign-in links are filed under the address, the others under the id).
  await tx.verificationToken.deleteMany({ where: { OR: [{ identifier: account.email }, { identifier: { endsWith: `:${user.id}` } }] } });
  await audit(tx, { teamId: null, actor, action: "auth.account_deleted", metadata: { email: account.email, teamsLeft: memberships.length }, request });
  await tx.user.delete({ where: { id: user.id } });
  // The confirmation reports the deletion: a mail provider that is down must not keep the account alive.
  await notify({ to: account.email, subject: ACCOUNT_DELETED_SUBJECT, template: "accountDeleted", props: { name: user.name, email: account.email, teams: memberships.map((m) => m.team.name) } });
  return { teamsLeft: memberships.length };
}

/** The teams the user belongs to or has an open ownership transfer in, sorted so that concurrent lockers take them in one order. */
async function involvedTeams(tx: Tx, userId: string): Promise<string[]> {
  const [memberships, transfers] = await Promise.all([tx.membership.findMany({ where: { userId }, select: { teamId: true } }), openTransfersOf(tx, userId)]);
  return [...new Set([...memberships, ...transfers].map((row) => row.teamId))].sort();
}

/** The password when the account has one, and a current code or a recovery code when 2FA is on; guesses are rate-limited. */
async function confirmIdentity(tx: Tx, userId: string, account: { passwordHash: string | null; totpEnabled: boolean; totpSecret: string | null }, input: { password: string; code: string }) {
  const missing = {
    ...(account.passwordHash && !input.password ? { password: "Enter your password" } : {}),
    ...(account.totpEnabled && !input.code ? { code: "Enter the code from your authenticator app, or a recovery code" } : {}),
  };
  if (Object.keys(missing).length) throw new ActionError(CHECK_FIELDS, missing);
  if (!account.passwordHash && !account.totpEnabled) return;
  await limitPasswordChecks(userId);
  if (account.passwordHash && !(await verifyPassword(account.passwordHash, input.password))) {
    throw new ActionError(CHECK_FIELDS, { password: "That is not your current password." });
  }
  if (account.totpEnabled && !(await consumeSecondFactor(tx, { id: userId, totpSecret: account.totpSecret }, input.code))) {
    throw new ActionError(CHECK_FIELDS, { code: "That code is not valid. Use the current code from your app, or a recovery code." });
  }
}
