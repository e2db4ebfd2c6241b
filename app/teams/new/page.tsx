import { AuthShell } from "@/components/auth/auth-shell";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { requireUser } from "@/lib/auth/current-user";

export const metadata = { title: "Create your team" };

export default async function NewTeamPage() {
  const user = await requireUser();
  return (
    <AuthShell title="Create your team" subtitle="Turn your personal account into a named team. You will be its Owner and can invite others next.">
      <CreateTeamForm defaultName={`${user.name.split(" ")[0]}'s team`} />
    </AuthShell>
  );
}
