import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CreatedLinksProvider } from "@/components/members/created-links";
import { BulkMemberActions } from "@/components/members/bulk-member-actions";
import { InviteDialog } from "@/components/members/invite-dialog";
import { InviteLinks } from "@/components/members/invite-links";
import { LeaveTeam } from "@/components/members/leave-team";
import { MemberFilters } from "@/components/members/member-filters";
import { MemberSelection } from "@/components/members/member-selection";
import { MembersTable } from "@/components/members/members-table";
import { GoneRowNotes, RowNotesProvider } from "@/components/members/row-notes";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { PendingTransfer } from "@/components/members/pending-transfer";
import { buttonClass } from "@/components/ui/button";
import { db } from "@/lib/db/client";
import { listMembers } from "@/lib/members/list";
import { unsentInvitationCount } from "@/lib/invites/mail-status";
import { inviteLinksOf, isLastOwner, pendingTransferOf } from "@/lib/members/page-data";
import { memberListQueryFor } from "@/lib/members/query";
import { sortOf } from "@/lib/members/schemas";
import { can, mayManageMember, OWNER_ROLE, permissionsOf } from "@/lib/permissions";
import { roleOptions } from "@/lib/roles/options";
import { requireMember } from "@/lib/teams/require-member";
import { countOf, formatCount } from "@/lib/text/count";
import { queryString } from "@/lib/url/query-string";

export const metadata = { title: "Members" };

export default async function MembersPage({ params, searchParams }: { params: Promise<{ team: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const member = await requireMember((await params).team);
  if (!can(member, "members.read")) forbidden();
  const query = memberListQueryFor(member, await searchParams);
  const { team } = member;
  const mayInvite = can(member, "members.invite");
  const showSecurity = can(member, "members.security");
  const [list, roles, links, transfer, lastOwner, unsent] = await Promise.all([
    listMembers(db, team.id, query),
    roleOptions(db, team.id, member),
    mayInvite ? inviteLinksOf(db, team.id) : Promise.resolve([]),
    pendingTransferOf(db, team.id),
    isLastOwner(db, member),
    mayInvite && query.status !== "unsent" ? unsentInvitationCount(db, team.id) : 0,
  ]);
  const listed = { q: query.q, role: query.role, status: query.status, sort: query.sort };
  /** The view's filters and order, as the export, the last page's redirect and the filter fields' reset take them. */
  const search = queryString(listed);
  if (list.page > list.pages) {
    const last = new URLSearchParams(search);
    last.set("page", String(list.pages));
    redirect(`/t/${team.slug}/members?${last}`);
  }
  const abilities = {
    changeRole: can(member, "members.role"),
    remove: can(member, "members.remove"),
    invite: mayInvite,
    transfer: can(member, "team.transfer"),
    touchOwners: mayManageMember(member, { role: OWNER_ROLE, permissions: permissionsOf(OWNER_ROLE) }),
  };
  const bulk = abilities.changeRole || abilities.remove || abilities.invite;
  const involved = transfer && (transfer.fromUserId === member.userId || transfer.toUserId === member.userId || can(member, "team.transfer"));

  return (
    <CreatedLinksProvider>
      <PageHeader
        title="Members"
        description={`${query.q || query.role || query.status ? `${formatCount(list.total)} matching` : countOf(list.total, "member or invitation", "members and invitations")} · seat limit ${formatCount(team.seatLimit)} (joined + pending)`}
        actions={
          <>
            <LeaveTeam slug={team.slug} teamName={team.name} lastOwner={lastOwner} />
            <a href={`/t/${team.slug}/members/export${search ? `?${search}` : ""}`} className={buttonClass("secondary")} download>
              Export CSV
            </a>
            {mayInvite && <InviteDialog slug={team.slug} roles={roles} defaultRole={team.defaultRole} />}
          </>
        }
      />
      {transfer && involved && (
        <PendingTransfer
          slug={team.slug}
          transferId={transfer.id}
          canCancel
          text={
            transfer.status === "awaiting_owner"
              ? `Ownership transfer to ${transfer.toUserId === member.userId ? "you" : transfer.toName} is waiting for ${transfer.fromUserId === member.userId ? "you" : transfer.fromName} to confirm by email.`
              : `Ownership transfer is waiting for ${transfer.toUserId === member.userId ? "you" : transfer.toName} to accept by email.`
          }
        />
      )}
      {unsent > 0 && (
        <div className="mb-6">
          <Alert tone="warning">
            {unsent === 1 ? "An invitation's email has not been sent." : `The emails of ${formatCount(unsent)} invitations have not been sent.`}{" "}
            <Link href={`/t/${team.slug}/members?status=unsent`} className="font-medium underline">
              Show {unsent === 1 ? "it" : "them"}
            </Link>
          </Alert>
        </div>
      )}
      {/* A new query in the URL (a link) resets the fields. */}
      <MemberFilters key={search} query={query} roles={roles} showActivity={showSecurity} />
      <RowNotesProvider key={JSON.stringify(query)}>
        <GoneRowNotes listed={list.rows.map((r) => r.id)} />
        <MemberSelection>
          {bulk && <BulkMemberActions slug={team.slug} roles={roles} can={abilities} />}
          <MembersTable slug={team.slug} rows={list.rows} roles={roles} viewer={member} showSecurity={showSecurity} abilities={abilities} sort={sortOf(query)} selectable={bulk} />
        </MemberSelection>
      </RowNotesProvider>
      <Pagination basePath={`/t/${team.slug}/members`} params={listed} page={list.page} pages={list.pages} total={list.total} noun={{ one: "row", many: "rows" }} />
      {mayInvite && <InviteLinks slug={team.slug} links={links} roles={roles} />}
    </CreatedLinksProvider>
  );
}
