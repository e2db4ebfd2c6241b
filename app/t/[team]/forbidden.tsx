import { headers } from "next/headers";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** A team page the member's role does not reach: shown inside the team layout, so the navigation stays. */
export default async function TeamForbidden() {
  const team = (await headers()).get("x-roster-path")?.split("/")[2] ?? "";
  return (
    <div className="mx-auto flex min-h-[50vh] max-w-md flex-col items-center justify-center gap-4 text-center">
      <p className="text-sm font-semibold text-zinc-600">403</p>
      <h1 className="text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="text-sm text-zinc-600">
        Your role in this team does not include the permission this page needs. An Owner or Admin can change your role;{" "}
        <Link href={`/t/${team}/settings/roles`} className="underline">
          the Roles page
        </Link>{" "}
        lists what each role may do.
      </p>
      <Link href={`/t/${team}`} className={buttonClass("secondary")}>
        Back to the team overview
      </Link>
    </div>
  );
}
