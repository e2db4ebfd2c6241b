import Link from "next/link";
import { ActivityList } from "@/components/audit/activity-list";
import { auditHref } from "@/components/audit/format";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { formatCents } from "@/lib/billing/money";
import { monthLabel, startOfUtcMonth } from "@/lib/billing/period";
import { db } from "@/lib/db/client";
import { accessEndText } from "@/lib/members/access-end";
import { INACTIVE_AFTER_DAYS } from "@/lib/members/schemas";
import { BUILT_IN_ROLES, PERMISSIONS } from "@/lib/permissions";
import { canStartStop, KIND_INFO } from "@/lib/resources/catalog";
import { teamOverview, type TeamOverview } from "@/lib/teams/overview";
import { requireMember } from "@/lib/teams/require-member";
import { countOf, formatCount } from "@/lib/text/count";

export const metadata = { title: "Overview" };

const linkClass = "underline underline-offset-2 hover:text-zinc-900";

export default async function TeamOverviewPage({ params }: { params: Promise<{ team: string }> }) {
  const member = await requireMember((await params).team);
  const now = new Date();
  const overview = await teamOverview(db, member, now);
  const { slug } = member.team;
  const granted = [...member.permissions].map((p) => PERMISSIONS[p].description);
  return (
    <>
      <PageHeader title={member.team.name} description={`Your role: ${member.roleName}${member.accessEndsAt ? `, ${accessEndText(member.accessEndsAt)} (UTC)` : ""}.`} />
      <div className="space-y-6">
        <NextSteps steps={overview.nextSteps} slug={slug} />
        <Stats overview={overview} slug={slug} now={now} />
        <div className="grid gap-6 lg:grid-cols-3">
          <section aria-labelledby="activity-heading" className="space-y-3 lg:col-span-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="activity-heading" className="text-base font-semibold">
                {overview.activity.scope === "team" ? "Recent activity" : "Your recent actions"}
              </h2>
              <Link
                className={`text-sm text-zinc-700 ${linkClass}`}
                href={overview.activity.scope === "team" ? auditHref(slug, {}) : `/t/${slug}/members/${member.membershipId}`}
              >
                {overview.activity.scope === "team" ? "Open the audit log" : "All your actions"}
              </Link>
            </div>
            <ActivityList
              label={overview.activity.scope === "team" ? "The team's latest events" : "Your latest actions in this team"}
              rows={overview.activity.rows}
              showActor={overview.activity.scope === "team"}
              detailHref={overview.activity.scope === "team" ? (event) => auditHref(slug, { event }) : undefined}
              empty={overview.activity.scope === "team" ? "Nothing has happened in this team yet." : "You have not changed anything in this team yet."}
            />
          </section>
          <div className="space-y-6">
            <Card title="Team">
              <dl className="grid grid-cols-2 gap-y-2 text-sm">
                <dt className="text-zinc-600">URL</dt>
                <dd>/t/{slug}</dd>
                {overview.owners && (
                  <>
                    <dt className="text-zinc-600">{overview.owners.length === 1 ? "Owner" : "Owners"}</dt>
                    <dd className="break-words" data-testid="owners">
                      {overview.owners.join(", ")}
                    </dd>
                  </>
                )}
                <dt className="text-zinc-600">Default role for invites</dt>
                <dd>{BUILT_IN_ROLES[member.team.defaultRole as keyof typeof BUILT_IN_ROLES]?.name ?? member.team.defaultRole}</dd>
                <dt className="text-zinc-600">Two-factor sign-in</dt>
                <dd>{member.team.require2fa ? "Required" : "Optional"}</dd>
              </dl>
            </Card>
            <Card title={`What you can do as ${member.roleName}`} description={<Link className={linkClass} href={`/t/${slug}/settings/roles`}>Compare all roles</Link>}>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {granted.map((g) => (
                  <li key={g}>{g}</li>
                ))}
              </ul>
            </Card>
          </div>
        </div>
      </div>
    </>
  );
}

function NextSteps({ steps, slug }: { steps: TeamOverview["nextSteps"]; slug: string }) {
  if (!steps.invite && !steps.paymentMethod) return null;
  return (
    <Card title="Next steps">
      <ul className="divide-y divide-zinc-100 text-sm">
        {steps.invite && (
          <Step text="You are the only member. Invite people by email, or share an invite link." href={`/t/${slug}/members`} action="Invite members" />
        )}
        {steps.paymentMethod && (
          <Step text="Add a payment method: each month's invoice is charged to it when the month ends." href={`/t/${slug}/billing/payment-methods`} action="Add a payment method" />
        )}
      </ul>
    </Card>
  );
}

function Step({ text, href, action }: { text: string; href: string; action: string }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
      <p>{text}</p>
      <Link href={href} className={buttonClass("secondary")}>
        {action}
      </Link>
    </li>
  );
}

function Stats({ overview: { seats, resources, spend }, slug, now }: { overview: TeamOverview; slug: string; now: Date }) {
  if (!seats && !resources && !spend) return null;
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {seats && (
        <Stat
          label="Seats in use"
          value={formatCount(seats.used)}
          testId="seats"
          hint={
            <>
              of {formatCount(seats.limit)}:{" "}
              <Link className={linkClass} href={`/t/${slug}/members`}>
                {countOf(seats.members, "member")}
                {seats.used > seats.members && `, ${countOf(seats.used - seats.members, "pending invitation")}`}
              </Link>
              {seats.inactive ? (
                <Link className={`${linkClass} block`} href={`/t/${slug}/members?status=inactive`}>
                  {countOf(seats.inactive, "member")} inactive for {INACTIVE_AFTER_DAYS}+ days
                </Link>
              ) : null}
              {seats.unsent ? (
                <Link className={`${linkClass} block text-red-800`} href={`/t/${slug}/members?status=unsent`}>
                  {countOf(seats.unsent, "invitation")} whose email was not sent
                </Link>
              ) : null}
            </>
          }
        />
      )}
      {resources && (
        <Stat
          label={resources.scope === "all" ? "Resources" : "Your resources"}
          value={formatCount(resources.kinds.reduce((sum, k) => sum + k.total, 0))}
          testId="resources"
          hint={
            <ul className="space-y-0.5">
              {resources.kinds.map((k) => (
                <li key={k.kind}>
                  <Link className={linkClass} href={`/t/${slug}/resources/${KIND_INFO[k.kind].path}`}>
                    {KIND_INFO[k.kind].plural}: {formatCount(k.total)}
                  </Link>
                  {canStartStop(k.kind) && k.running > 0 && ` (${formatCount(k.running)} running)`}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {spend && (
        <>
          <Stat
            label={`Spend in ${monthLabel(startOfUtcMonth(now))}`}
            value={formatCents(spend.monthToDateCents)}
            testId="month-spend"
            hint={
              <Link className={linkClass} href={`/t/${slug}/billing/usage`}>
                So far, including running resources
              </Link>
            }
          />
          <Stat label="Burn rate" value={`${formatCents(spend.burnRateCents)}/h`} testId="burn-rate" hint={`Of ${formatCents(spend.limitCents)}/h allowed`} />
        </>
      )}
    </dl>
  );
}
