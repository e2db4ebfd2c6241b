import Link from "next/link";

export function BackToSignIn({ className = "" }: { className?: string }) {
  return (
    <p className={className}>
      <Link className="font-medium text-zinc-900 underline" href="/sign-in">
        Back to sign-in
      </Link>
    </p>
  );
}
