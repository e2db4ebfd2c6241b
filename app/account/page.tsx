import Link from "next/link";
import { ChangeNameForm } from "@/components/account/change-name-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccount } from "@/components/account/delete-account";
import { SessionsCard } from "@/components/account/sessions-card";
import { TeamsCard } from "@/components/account/teams-card";
import { InvitationsForYou } from "@/components/invites/invitations-for-you";
import { TeamsToJoin } from "@/components/invites/teams-to-join";
import { TwoFactorCard } from "@/components/account/two-factor-card";
import { PageHeader } from "@/components/layout/page-header";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { Alert } from "@/components/ui/alert";
import { ConfirmEmailButton } from "@/components/account/confirm-email-button";
import { Card } from "@/components/ui/card";
import { activeSessionsOf } from "@/lib/auth/active-sessions";
import { isEmailConfirmed } from "@/lib/auth/confirm-email";
import { currentSessionId, requireUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/schemas";
import { unusedRecoveryCodeCount } from "@/lib/auth/second-factor";
import { db } from "@/lib/db/client";
import { invitationsFor } from "@/lib/invites/for-user";
import { listedTeamsFor } from "@/lib/invites/listed";
import { teamsOf } from "@/lib/teams/member";

export const metadata = { title: "Account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireUser();
  const [params, sessions, sessionId, recoveryCodesLeft, teams, invitations, listed, emailConfirmed] = await Promise.all([
    searchParams,
    activeSessionsOf(db, user.id),
    currentSessionId(),
    user.totpEnabled ? unusedRecoveryCodeCount(db, user.id) : 0,
    teamsOf(db, user.id),
    invitationsFor(db, user.id),
    listedTeamsFor(db, user.id),
    isEmailConfirmed(db, user.id),
  ]);
  const next = params.next ? safeCallbackUrl(params.next) : undefined;
  return (
    <div className="min-h-screen">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-2">
          <Link href={next ?? "/"} className="text-sm font-bold tracking-tight">
            Roster
          </Link>
          <div className="flex items-center gap-3">
            <span className="hidden text-sm text-zinc-600 sm:inline">{user.email}</span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
        <PageHeader title="Account" description={`Signed in as ${user.name} (${user.email}).`} />
        {params.email === "link-invalid" && (
          <Alert tone="error">That confirmation link is not valid any more: it was used, replaced by a newer one or expired. Ask for a new one where you were.</Alert>
        )}
        {params.enrol === "1" && !user.totpEnabled && (
          <Alert tone="info">A team you belong to requires two-factor authentication. Set it up to continue to the team.</Alert>
        )}
        <ChangeNameForm name={user.name} email={user.email} />
        {!emailConfirmed && (
          <Card
            title="Confirm your email address"
            description={`Confirm that ${user.email} is yours to see the invitations sent to it here, and to join teams whose invite links admit your domain.`}
          >
            <ConfirmEmailButton email={user.email} next="/account" />
          </Card>
        )}
        <InvitationsForYou invitations={invitations} />
        <TeamsToJoin teams={listed} />
        <TeamsCard teams={teams} />
        <TwoFactorCard enabled={user.totpEnabled} next={next} email={user.email} recoveryCodesLeft={recoveryCodesLeft} />
        <ChangePasswordForm changed={params.password === "changed"} />
        <SessionsCard sessions={sessions} currentSessionId={sessionId} endedOthers={params.sessions === "ended"} />
        <DeleteAccount user={user} />
      </main>
    </div>
  );
}
