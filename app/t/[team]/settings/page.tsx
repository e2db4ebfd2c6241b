import { PageHeader } from "@/components/layout/page-header";
import { LeaveTeam } from "@/components/members/leave-team";
import { DeleteTeamForm } from "@/components/teams/delete-team-form";
import { TeamSettingsForm } from "@/components/teams/team-settings-form";
import { db } from "@/lib/db/client";
import { isLastOwner } from "@/lib/members/page-data";
import { whatDeletingLoses } from "@/lib/teams/delete";
import { BUILT_IN_ROLE_KEYS, BUILT_IN_ROLES, can, deniedMessage } from "@/lib/permissions";
import { requireMember } from "@/lib/teams/require-member";

export const metadata = { title: "Team settings" };

export default async function TeamSettingsPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireMember((await params).team);
  const { team } = member;
  return (
    <>
      <PageHeader title="Settings" description="Team-wide settings. Every change is recorded in the audit log." />
      <TeamSettingsForm
        slug={team.slug}
        values={{ name: team.name, slug: team.slug, defaultRole: team.defaultRole, seatLimit: team.seatLimit, inviteExpiryDays: team.inviteExpiryDays, require2fa: team.require2fa }}
        roles={BUILT_IN_ROLE_KEYS.filter((r) => r !== "owner").map((key) => ({ key, name: BUILT_IN_ROLES[key].name }))}
        disabledReason={can(member, "team.settings") ? undefined : deniedMessage(member.roleName, "team.settings")}
      />
      <section aria-labelledby="leave-heading" className="mt-8 flex items-center justify-between gap-4 rounded-lg border border-zinc-200 bg-white p-6">
        <div>
          <h2 id="leave-heading" className="text-base font-semibold">Leave this team</h2>
          <p className="mt-1 text-sm text-zinc-600">You lose access at once; the resources you created pass to the team Owner.</p>
        </div>
        <LeaveTeam slug={team.slug} teamName={team.name} lastOwner={await isLastOwner(db, member)} />
      </section>
      {can(member, "team.delete") && <DeleteTeamForm slug={team.slug} teamName={team.name} {...await whatDeletingLoses(db, team.id, new Date())} />}
    </>
  );
}
