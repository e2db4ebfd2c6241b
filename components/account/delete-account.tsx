import Link from "next/link";
import { deletionStateOf } from "@/lib/account/deletion-state";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { DeleteAccountDialog } from "./delete-account-dialog";

/** The account page's danger zone. While the user is the only Owner of a team it lists those teams and what to do instead of offering to delete. */
export async function DeleteAccount({ user }: { user: CurrentUser }) {
  const { soleOwned, hasPassword, totpEnabled } = await deletionStateOf(db, user.id);
  return (
    <section aria-labelledby="delete-account" className="rounded-lg border border-red-300 bg-white shadow-xs">
      <div className="space-y-4 p-6">
        <header className="space-y-1">
          <h2 id="delete-account" className="text-base font-semibold text-red-800">
            Delete account
          </h2>
          <p className="text-sm text-zinc-600">
            Deletes your account and signs you out everywhere. You leave every team you belong to: the resources you created pass to each team&apos;s
            Owner and your API keys are revoked. The teams&apos; audit logs keep what you did, under your name. This cannot be undone.
          </p>
        </header>
        {soleOwned.length > 0 ? (
          <div className="space-y-3" data-testid="sole-owner-teams">
            <p className="text-sm text-zinc-800">
              You are the only Owner of {soleOwned.length === 1 ? "this team" : "these teams"}, and a team always needs one. For each, make another member
              its Owner or delete the team; then you can delete your account.
            </p>
            <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-200">
              {soleOwned.map((team) => (
                <li key={team.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-3 py-2 text-sm">
                  <span className="min-w-0 font-medium break-words">{team.name}</span>
                  <span className="flex gap-4">
                    <Link href={`/t/${team.slug}/members`} className="underline underline-offset-2" aria-label={`Transfer ownership of ${team.name}`}>
                      Transfer ownership
                    </Link>
                    <Link href={`/t/${team.slug}/settings#danger-zone`} className="underline underline-offset-2" aria-label={`Delete team ${team.name}`}>
                      Delete team
                    </Link>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <DeleteAccountDialog email={user.email} hasPassword={hasPassword} totpEnabled={totpEnabled} />
        )}
      </div>
    </section>
  );
}
