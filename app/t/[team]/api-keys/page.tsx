import Link from "next/link";
import { redirect } from "next/navigation";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKey } from "@/components/api-keys/create-api-key";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { API_KEYS_PAGE_SIZE, listApiKeys } from "@/lib/api-keys/queries";
import { db } from "@/lib/db/client";
import { can, deniedMessage } from "@/lib/permissions";
import { resourceVisibility } from "@/lib/resources/queries";
import { roleOptions } from "@/lib/roles/options";
import { requireMember } from "@/lib/teams/require-member";
import { pageCount, pageNumberFrom } from "@/lib/validation/page-number";

export const metadata = { title: "API keys" };

export default async function ApiKeysPage({ params, searchParams }: { params: Promise<{ team: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const member = await requireMember((await params).team);
  const page = pageNumberFrom((await searchParams).page);
  const { team } = member;
  const mayCreate = can(member, "resources.create");
  const visibility = resourceVisibility(member);
  const [{ keys, total }, roles] = await Promise.all([listApiKeys(db, member, page), mayCreate ? roleOptions(db, team.id, member) : Promise.resolve([])]);
  const pages = pageCount(total, API_KEYS_PAGE_SIZE);
  if (page > pages) redirect(`/t/${team.slug}/api-keys?page=${pages}`);
  const rows = keys.map((k) => ({ ...k, mayRevoke: can(member, "resources.delete", k) }));

  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let scripts and CI use the Roster REST API for this team, with a role you choose."
        actions={
          <>
            <Link href={`/t/${team.slug}/api-keys/reference`} className={buttonClass("secondary")}>
              API reference
            </Link>
            {mayCreate && <CreateApiKey slug={team.slug} roles={roles} />}
          </>
        }
      />
      <div className="space-y-4">
        {!mayCreate && <Alert>{deniedMessage(member.roleName, "resources.create")}</Alert>}
        {visibility === "own" && <p className="text-sm text-zinc-600">You see the keys you created.</p>}
        {visibility !== "none" && <ApiKeysTable slug={team.slug} keys={rows} revocable={rows.some((r) => r.mayRevoke && r.status !== "revoked")} />}
        {pages > 1 && <Pagination basePath={`/t/${team.slug}/api-keys`} params={{}} page={page} pages={pages} total={total} noun={{ one: "key", many: "keys" }} />}
      </div>
    </>
  );
}
