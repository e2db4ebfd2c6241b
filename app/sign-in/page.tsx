import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { currentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/schemas";

export const metadata = { title: "Sign in" };

// Where Auth.js sends a refused magic link (pages.error).
const LINK_ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  AccessDenied: "That sign-in link cannot be used for this account. Sign in with your password.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const withLink = params.method === "link";
  const query = (extra: Record<string, string>) =>
    `?${new URLSearchParams({ ...(params.callbackUrl ? { callbackUrl } : {}), ...extra })}`.replace(/\?$/, "");
  const linkError = params.error ? (LINK_ERRORS[params.error] ?? "Sign-in failed. Try again.") : null;
  return (
    <AuthShell
      title="Sign in"
      subtitle={
        <>
          New to Roster?{" "}
          <Link className="font-medium text-zinc-900 underline" href={`/sign-up${query({})}`}>
            Create an account
          </Link>
        </>
      }
    >
      <div className="space-y-4">
        {linkError && <Alert tone="error">{linkError}</Alert>}
        {params.deleted === "1" && <Alert tone="success">Your account was deleted. We sent a confirmation to its address.</Alert>}
        {params.reset === "done" && <Alert tone="success">Your password was changed and every session of your account ended. Sign in with the new one.</Alert>}
        {withLink ? <MagicLinkForm callbackUrl={callbackUrl} email={params.email} /> : <SignInForm callbackUrl={callbackUrl} email={params.email} />}
        <p className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-center text-sm">
          <Link className="font-medium text-zinc-900 underline" href={`/sign-in${query(withLink ? {} : { method: "link" })}`}>
            {withLink ? "Sign in with a password instead" : "Email me a sign-in link instead"}
          </Link>
          {!withLink && (
            <Link className="font-medium text-zinc-900 underline" href={`/sign-in/forgot${params.email ? `?${new URLSearchParams({ email: params.email })}` : ""}`}>
              Forgot your password?
            </Link>
          )}
        </p>
      </div>
    </AuthShell>
  );
}
