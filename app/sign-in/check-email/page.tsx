import { AuthShell } from "@/components/auth/auth-shell";
import { BackToSignIn } from "@/components/auth/back-to-sign-in";
import { MAGIC_LINK_MINUTES } from "@/lib/auth/magic-link";
import { RESET_PASSWORD_MINUTES } from "@/lib/auth/password-reset";

export const metadata = { title: "Check your email" };

// The same page whether or not an account exists for the address.
export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { email, for: purpose } = await searchParams;
  const reset = purpose === "reset";
  return (
    <AuthShell title="Check your email">
      <div className="space-y-4 text-sm text-zinc-700">
        <p>
          If an account exists for {email ? <span className="break-all font-medium text-zinc-900">{email}</span> : "that address"}, we sent it{" "}
          {reset ? "a link to choose a new password" : "a sign-in link"}. The link works once and expires in {reset ? RESET_PASSWORD_MINUTES : MAGIC_LINK_MINUTES} minutes.
        </p>
        <BackToSignIn />
      </div>
    </AuthShell>
  );
}
