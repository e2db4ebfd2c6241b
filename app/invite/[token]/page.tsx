import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { SwitchAccountButton } from "@/components/auth/switch-account-button";
import { JoinTeamButton } from "@/components/invites/join-team-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ConfirmEmailButton } from "@/components/account/confirm-email-button";
import { isEmailConfirmed } from "@/lib/auth/confirm-email";
import { currentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { describeInvite, emailMismatch, needsConfirmedEmail, STATE_MESSAGES } from "@/lib/invites/accept";
import { accessEndText } from "@/lib/members/access-end";

export const metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [{ state, message, invitation }, user] = await Promise.all([describeInvite(db, token), currentUser()]);
  const here = `/invite/${token}`;

  if (state !== "valid" || !invitation) {
    return (
      <AuthShell title={state === "replaced" ? "Invitation replaced" : "Invitation unavailable"}>
        <div className="space-y-4">
          <Alert tone="error">{message ?? STATE_MESSAGES.invalid}</Alert>
          <Link className={buttonClass("secondary", "w-full")} href="/">
            Go to Roster
          </Link>
        </div>
      </AuthShell>
    );
  }

  const { team } = invitation;
  const summary = (
    <p className="text-sm">
      <strong>{invitation.inviterName}</strong> invited {invitation.email ? <strong>{invitation.email}</strong> : "you"} to join <strong>{team.name}</strong> as{" "}
      <strong>{invitation.roleName}</strong>.
    </p>
  );
  const membership = user ? await db.membership.findUnique({ where: { teamId_userId: { teamId: team.id, userId: user.id } }, select: { id: true } }) : null;

  return (
    <AuthShell title={`Join ${team.name}`}>
      <div className="space-y-4">
        {summary}
        {invitation.accessEndsAt && <p className="text-sm text-zinc-700">The access it gives is temporary: it lasts {accessEndText(invitation.accessEndsAt)} (UTC).</p>}
        {invitation.require2fa && <p className="text-sm text-zinc-700">This team asks you to use two-factor sign-in.</p>}
        {needsConfirmedEmail(invitation) && (
          <p className="text-sm text-zinc-700">This link admits confirmed addresses at {invitation.allowedDomains.join(", ")} only.</p>
        )}
        {!user ? (
          <div className="space-y-2">
            <Link className={buttonClass("primary", "w-full")} href={`/sign-in?${new URLSearchParams({ callbackUrl: here, ...(invitation.email ? { email: invitation.email } : {}) })}`}>
              Sign in to accept
            </Link>
            <Link className={buttonClass("secondary", "w-full")} href={`/sign-up?${new URLSearchParams({ callbackUrl: here, ...(invitation.email ? { email: invitation.email } : {}) })}`}>
              Create an account
            </Link>
          </div>
        ) : membership ? (
          <Link className={buttonClass("primary", "w-full")} href={`/t/${team.slug}`}>
            You are already a member — open {team.name}
          </Link>
        ) : emailMismatch(invitation, user.email) ? (
          <div className="space-y-3">
            <Alert tone="error">{emailMismatch(invitation, user.email)}</Alert>
            <SwitchAccountButton returnTo={here} />
          </div>
        ) : needsConfirmedEmail(invitation) && !(await isEmailConfirmed(db, user.id)) ? (
          <div className="space-y-3">
            <Alert tone="info">Confirm that {user.email} is yours before you join: anyone can sign up with an address they do not own.</Alert>
            <ConfirmEmailButton email={user.email} next={here} />
          </div>
        ) : invitation.require2fa && !user.totpEnabled ? (
          <div className="space-y-3">
            <Alert tone="info">Turn on two-factor sign-in for your account first, then come back to join.</Alert>
            <Link className={buttonClass("primary", "w-full")} href={`/account?enrol=1&next=${encodeURIComponent(here)}`}>
              Set up two-factor sign-in
            </Link>
          </div>
        ) : (
          <>
            <p className="text-sm text-zinc-600">Signed in as {user.email}.</p>
            <JoinTeamButton token={token} teamName={team.name} />
          </>
        )}
      </div>
    </AuthShell>
  );
}
