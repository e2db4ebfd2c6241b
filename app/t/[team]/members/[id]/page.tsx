import { forbidden, notFound } from "next/navigation";
import { AuditTable } from "@/components/audit/audit-table";
import { auditHref, formatTime } from "@/components/audit/format";
import { SignInHistory } from "@/components/audit/sign-in-history";
import { PageHeader } from "@/components/layout/page-header";
import { findTeamMembership, memberActivity, signInHistory } from "@/lib/audit/member-activity";
import { db } from "@/lib/db/client";
import { can, maySeeActivityOf, maySeeSignInsOf } from "@/lib/permissions";
import { accessEndText } from "@/lib/members/access-end";
import { lastActiveText } from "@/lib/members/last-active";
import { requireMember } from "@/lib/teams/require-member";

export const metadata = { title: "Member activity" };

/** A member's recent actions (for audit readers and themselves) and sign-ins (for `members.security` and themselves). */
export default async function MemberActivityPage({ params }: { params: Promise<{ team: string; id: string }> }) {
  const { team: slug, id } = await params;
  const member = await requireMember(slug);
  const readsAudit = can(member, "audit.read");
  const target = await findTeamMembership(db, member.team.id, id);
  if (!maySeeActivityOf(member, target?.userId ?? "")) forbidden();
  if (!target) notFound();
  const self = target.userId === member.userId;
  const seesSignIns = maySeeSignInsOf(member, target.userId);
  const seesLastActive = !self && can(member, "members.security");
  const [activity, signIns] = await Promise.all([memberActivity(db, member.team.id, target.userId), seesSignIns ? signInHistory(db, target.userId) : null]);
  return (
    <>
      <PageHeader
        title={self ? "Your activity" : target.name}
        description={`${target.email} · ${target.roleName} · member since ${formatTime(target.joinedAt).slice(0, 10)}${target.accessEndsAt ? ` · access ${accessEndText(target.accessEndsAt)} (UTC)` : ""}${seesLastActive ? ` · last used the team ${lastActiveText(target.lastActiveAt, new Date())}` : ""}`}
      />
      <section aria-labelledby="activity-heading" className="mb-8 space-y-3">
        <h2 id="activity-heading" className="text-base font-semibold">Recent actions in {member.team.name}</h2>
        <AuditTable
          caption={`Recent actions of ${target.name}`}
          rows={activity}
          showActor={false}
          detailHref={readsAudit ? (eventId) => auditHref(slug, { actor: target.userId, event: eventId }) : undefined}
          empty="No actions in this team yet."
        />
      </section>
      {signIns && (
        <section aria-labelledby="sign-ins-heading" className="space-y-3">
          <h2 id="sign-ins-heading" className="text-base font-semibold">Sign-in history</h2>
          <SignInHistory rows={signIns} />
        </section>
      )}
    </>
  );
}
