import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata = { title: "Reset your password" };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { email } = await searchParams;
  return (
    <AuthShell title="Reset your password" subtitle="We email you a link to choose a new one.">
      <div className="space-y-4">
        <ForgotPasswordForm email={email} />
        <p className="text-center text-sm">
          <Link className="font-medium text-zinc-900 underline" href="/sign-in">
            Back to sign-in
          </Link>
        </p>
      </div>
    </AuthShell>
  );
}
