import Link from "next/link";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKey } from "@/components/api-keys/create-api-key";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { listApiKeys } from "@/lib/api-keys/queries";
import { db } from "@/lib/db/client";
import { can, deniedMessage } from "@/lib/permissions";
import { resourceVisibility } from "@/lib/resources/queries";
import { roleOptions } from "@/lib/roles/options";
import { requireMember } from "@/lib/teams/require-member";

export const metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireMember((await params).team);
  const { team } = member;
  const mayCreate = can(member, "resources.create");
  const visibility = resourceVisibility(member);
  const [keys, roles] = await Promise.all([listApiKeys(db, member), mayCreate ? roleOptions(db, team.id, member) : Promise.resolve([])]);
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
      </div>
    </>
  );
}
