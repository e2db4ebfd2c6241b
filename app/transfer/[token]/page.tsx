import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { SwitchAccountButton } from "@/components/auth/switch-account-button";
import { TransferStepButton } from "@/components/invites/transfer-step-button";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { lacksRequiredTwoFactor } from "@/lib/permissions";
import { TRANSFER_CONFIRMED, TRANSFER_DECLINED } from "@/lib/transfer/messages";
import { describeTransfer } from "@/lib/transfer/transfer";

export const metadata = { title: "Ownership transfer" };

export default async function TransferPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await requireUser();
  const transfer = await describeTransfer(db, token);
  const expectedStatus = transfer?.step === "confirm" ? "awaiting_owner" : "awaiting_recipient";
  const problem = !transfer
    ? "This transfer link is not valid."
    : transfer.status === "cancelled"
      ? "This transfer was cancelled."
      : transfer.status === "declined"
        ? TRANSFER_DECLINED
        : transfer.status === "completed"
          ? "This transfer is complete."
          : transfer.status !== expectedStatus
            ? transfer.step === "confirm" && transfer.status === "awaiting_recipient"
              ? TRANSFER_CONFIRMED
              : "This step of the transfer is already done."
            : transfer.expired
              ? "This transfer request has expired. The Owner can start a new one."
              : null;
  if (!transfer || problem) {
    return (
      <AuthShell title="Ownership transfer">
        <div className="space-y-4">
          <Alert tone={transfer?.status === "completed" || problem === TRANSFER_CONFIRMED || problem === TRANSFER_DECLINED ? "success" : "error"}>{problem}</Alert>
          <Link className={buttonClass("secondary", "w-full")} href={transfer ? `/t/${transfer.teamSlug}` : "/"}>
            Go to Roster
          </Link>
        </div>
      </AuthShell>
    );
  }
  const addressee = transfer.step === "confirm" ? transfer.fromUserId : transfer.toUserId;
  return (
    <AuthShell title={transfer.step === "confirm" ? `Confirm the transfer of ${transfer.teamName}` : `Become the Owner of ${transfer.teamName}`}>
      <div className="space-y-4 text-sm">
        <p>
          {transfer.fromName} → {transfer.toName}. When {transfer.toName} accepts, they become the Owner and {transfer.fromName} becomes an Admin.
        </p>
        {addressee === user.id ? (
          <TransferStepButton token={token} step={transfer.step} enrolFirst={transfer.step === "accept" && lacksRequiredTwoFactor({ team: { require2fa: transfer.teamRequires2fa } }, user)} />
        ) : (
          <>
            <Alert tone="error">This link is for {transfer.step === "confirm" ? transfer.fromName : transfer.toName}; you are signed in as {user.email}.</Alert>
            <SwitchAccountButton returnTo={`/transfer/${token}`} />
          </>
        )}
      </div>
    </AuthShell>
  );
}
