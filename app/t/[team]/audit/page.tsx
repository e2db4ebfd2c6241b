import Link from "next/link";
import { forbidden } from "next/navigation";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { EventDialog } from "@/components/audit/event-dialog";
import { toEventDetails } from "@/components/audit/event-details";
import { auditHref } from "@/components/audit/format";
import { WebhooksCard } from "@/components/audit/webhooks-card";
import { RetentionForm } from "@/components/audit/retention-form";
import { VerifyButton } from "@/components/audit/verify-button";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { AUDIT_ACTIONS, TARGET_TYPES } from "@/lib/audit/actions-catalogue";
import { actorLabel } from "@/lib/audit/actors";
import { auditEventDetail, listAuditEvents } from "@/lib/audit/events";
import { FILTER_KEYS } from "@/lib/audit/filter-keys";
import { parseAuditQuery } from "@/lib/audit/filters";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requireMember } from "@/lib/teams/require-member";
import { queryString } from "@/lib/url/query-string";

export const metadata = { title: "Audit log" };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function AuditPage({ params, searchParams }: { params: Promise<{ team: string }>; searchParams: Promise<SearchParams> }) {
  const member = await requireMember((await params).team);
  if (!can(member, "audit.read")) forbidden();
  const { slug, id: teamId } = member.team;
  const search = await searchParams;
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, first(search[key])])) as Record<(typeof FILTER_KEYS)[number], string>;
  const parsed = parseAuditQuery(search);
  const eventParam = first(search.event);
  const eventId = /^\d{1,18}$/.test(eventParam) ? BigInt(eventParam) : null;
  const [page, detail, actor] = await Promise.all([
    parsed.ok ? listAuditEvents(db, teamId, parsed.query) : null,
    eventId === null ? null : auditEventDetail(db, teamId, eventId),
    filters.actor ? actorLabel(db, teamId, filters.actor) : null,
  ]);
  const current = { ...filters, cursor: first(search.cursor) };
  const exportQuery = queryString(filters);

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change in this team, newest first. Times are UTC. Events cannot be edited; each links to the one before it."
        actions={<VerifyButton slug={slug} />}
      />
      <AuditFilters
        key={new URLSearchParams(filters).toString()} // a new filter in the URL (a link, Clear) resets the fields
        values={filters}
        actor={filters.actor ? { value: filters.actor, label: actor ?? filters.actor } : null}
        actorSearchUrl={`/t/${slug}/audit/actors`}
        actions={Object.entries(AUDIT_ACTIONS).map(([value, a]) => ({ value, label: `${a.label} (${value})` }))}
        types={Object.entries(TARGET_TYPES).map(([value, label]) => ({ value, label }))}
      />
      {eventParam && !detail && <Alert tone="error">Event “{eventParam}” does not exist in this team&apos;s audit log.</Alert>}
      {page ? (
        <>
          <div className="mb-3 flex items-center justify-between gap-4">
            <p className="text-sm text-zinc-600">{current.cursor ? "Older events" : "Newest events"}</p>
            <a href={`/t/${slug}/audit/export${exportQuery ? `?${exportQuery}` : ""}`} className={buttonClass("secondary")} download>
              Export CSV
            </a>
          </div>
          <AuditTable
            caption="Audit events"
            rows={page.rows}
            detailHref={(id) => auditHref(slug, { ...current, event: id })}
            empty="No events match these filters."
          />
          <nav aria-label="Pages" className="mt-4 flex justify-end gap-2">
            {current.cursor && (
              <Link href={auditHref(slug, filters)} className={buttonClass("secondary")}>
                Newest
              </Link>
            )}
            {page.nextCursor && (
              <Link href={auditHref(slug, { ...filters, cursor: page.nextCursor })} className={buttonClass("secondary")}>
                Older events
              </Link>
            )}
          </nav>
        </>
      ) : (
        <Alert tone="error">
          {parsed.ok ? null : parsed.errors.join(" ")} <Link href={`/t/${slug}/audit`} className="underline">Clear the filters</Link>
        </Alert>
      )}
      {can(member, "team.settings") && <RetentionForm slug={slug} retentionDays={member.team.auditRetentionDays} />}
      {can(member, "audit.stream") && <WebhooksCard slug={slug} teamId={member.team.id} />}
      {detail && <EventDialog event={toEventDetails(detail, slug)} closeHref={auditHref(slug, current)} />}
    </>
  );
}
