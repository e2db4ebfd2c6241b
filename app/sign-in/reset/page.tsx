import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { emailTokenUser } from "@/lib/auth/email-tokens";
import { RESET_LINK_INVALID } from "@/lib/auth/password-reset";
import { db } from "@/lib/db/client";

export const metadata = { title: "Choose a new password" };

/** Where a reset email leads: looking does not use the link up; setting the password does. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const token = (await searchParams).token ?? "";
  const userId = await emailTokenUser(db, "reset-password", token);
  const user = userId ? await db.user.findUnique({ where: { id: userId }, select: { email: true } }) : null;
  return (
    <AuthShell title="Choose a new password" subtitle={user ? `For ${user.email}. Every session of this account ends when you save it.` : undefined}>
      {user ? (
        <ResetPasswordForm token={token} email={user.email} />
      ) : (
        <div className="space-y-4">
          <Alert tone="error">{RESET_LINK_INVALID}</Alert>
          <Link className={buttonClass("secondary", "w-full")} href="/sign-in/forgot">
            Ask for a new link
          </Link>
        </div>
      )}
    </AuthShell>
  );
}
