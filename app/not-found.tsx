import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-semibold text-zinc-500">404</p>
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-sm text-zinc-600">This page does not exist, or it belongs to a team you are not a member of.</p>
      <Link href="/" className={buttonClass("secondary")}>
        Go to your teams
      </Link>
    </main>
  );
}
