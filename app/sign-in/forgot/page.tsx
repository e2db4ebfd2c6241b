import { AuthShell } from "@/components/auth/auth-shell";
import { BackToSignIn } from "@/components/auth/back-to-sign-in";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata = { title: "Reset your password" };

export default async function ForgotPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { email } = await searchParams;
  return (
    <AuthShell title="Reset your password" subtitle="We email you a link to choose a new one.">
      <div className="space-y-4">
        <ForgotPasswordForm email={email} />
        <BackToSignIn className="text-center text-sm" />
      </div>
    </AuthShell>
  );
}
