import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CreateResourceDialog } from "@/components/resources/create-resource-dialog";
import { KindTabs } from "@/components/resources/kind-tabs";
import { ResourcesTable } from "@/components/resources/resources-table";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { KIND_INFO, kindFromPath } from "@/lib/resources/catalog";
import { listResources, resourceVisibility } from "@/lib/resources/queries";
import { requireMember } from "@/lib/teams/require-member";

export async function generateMetadata({ params }: { params: Promise<{ kind: string }> }): Promise<Metadata> {
  const kind = kindFromPath((await params).kind);
  return { title: kind ? KIND_INFO[kind].plural : "Resources" };
}

export default async function ResourcesPage({ params, searchParams }: { params: Promise<{ team: string; kind: string }>; searchParams: Promise<{ cursor?: string }> }) {
  const { team, kind: kindPath } = await params;
  const kind = kindFromPath(kindPath);
  if (!kind) notFound();
  const member = await requireMember(team);
  const visibility = resourceVisibility(member);
  if (visibility === "none") forbidden();
  const cursor = (await searchParams).cursor;
  const page = await listResources(db, member, kind, typeof cursor === "string" ? cursor : undefined);
  const info = KIND_INFO[kind];
  return (
    <>
      <PageHeader
        title="Resources"
        description={visibility === "own" ? "You see the resources you created." : "Everything your team runs. Costs accrue per hour while running."}
        actions={can(member, "resources.create") ? <CreateResourceDialog slug={member.team.slug} kind={kind} /> : undefined}
      />
      <KindTabs slug={member.team.slug} current={kind} />
      <h2 className="mb-3 text-lg font-semibold">{info.plural}</h2>
      <ResourcesTable slug={member.team.slug} kind={kind} rows={page.items} member={member} />
      {page.nextCursor && (
        <div className="mt-4 text-right">
          <Link className="text-sm underline" href={`/t/${member.team.slug}/resources/${info.path}?cursor=${page.nextCursor}`}>
            Older {info.plural.toLowerCase()}
          </Link>
        </div>
      )}
    </>
  );
}
