import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLES, PERMISSIONS } from "@/lib/permissions";
import { requireMember } from "@/lib/teams/require-member";

export const metadata = { title: "Overview" };

export default async function TeamOverview({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireMember((await params).team);
  const memberCount = await db.membership.count({ where: { teamId: member.team.id } });
  const granted = [...member.permissions].map((p) => PERMISSIONS[p].description);
  return (
    <>
      <PageHeader title={member.team.name} description={`Your role: ${member.roleName}.`} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Team">
          <dl className="grid grid-cols-2 gap-y-2 text-sm">
            <dt className="text-zinc-600">Members</dt>
            <dd data-testid="member-count">{memberCount}</dd>
            <dt className="text-zinc-600">URL</dt>
            <dd>/t/{member.team.slug}</dd>
            <dt className="text-zinc-600">Default role for invites</dt>
            <dd>{BUILT_IN_ROLES[member.team.defaultRole as keyof typeof BUILT_IN_ROLES]?.name ?? member.team.defaultRole}</dd>
          </dl>
        </Card>
        <Card title={`What you can do as ${member.roleName}`} description={<Link className="underline" href={`/t/${member.team.slug}/settings/roles`}>Compare all roles</Link>}>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {granted.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
