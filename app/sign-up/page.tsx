import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentUser } from "@/lib/auth/current-user";
import { safeCallbackUrl } from "@/lib/auth/schemas";

export const metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = params.callbackUrl ? safeCallbackUrl(params.callbackUrl) : undefined;
  if (await currentUser()) redirect(callbackUrl ?? "/");
  const signInQuery = new URLSearchParams({ ...(callbackUrl ? { callbackUrl } : {}), ...(params.email ? { email: params.email } : {}) }).toString();
  const signInHref = `/sign-in${signInQuery ? `?${signInQuery}` : ""}`;
  return (
    <AuthShell
      title="Create your account"
      subtitle={
        <>
          Already have an account?{" "}
          <Link className="font-medium text-zinc-900 underline" href={signInHref}>
            Sign in
          </Link>
        </>
      }
    >
      <SignUpForm callbackUrl={callbackUrl} email={params.email} />
    </AuthShell>
  );
}
