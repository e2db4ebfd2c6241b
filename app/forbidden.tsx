import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-4 px-4 text-center">
      <p className="text-sm font-semibold text-zinc-500">403</p>
      <h1 className="text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="text-sm text-zinc-600">
        Your role in this team does not include the permission this page needs. An Owner or Admin can change your role; the
        Roles page lists what each role may do.
      </p>
      <Link href="/" className={buttonClass("secondary")}>
        Back to your team
      </Link>
    </main>
  );
}
