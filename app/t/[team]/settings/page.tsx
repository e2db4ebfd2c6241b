import { PageHeader } from "@/components/layout/page-header";
import { DeleteTeamForm } from "@/components/teams/delete-team-form";
import { TeamSettingsForm } from "@/components/teams/team-settings-form";
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
      {can(member, "team.delete") && <DeleteTeamForm slug={team.slug} teamName={team.name} />}
    </>
  );
}
