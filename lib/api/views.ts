import { ActionError } from "@/lib/actions/result";
import type { Db, Tx } from "@/lib/db/client";
import { afterCursor, decodeCursor, encodeCursor } from "@/lib/db/keyset-cursor";
import { likeLiteral } from "@/lib/db/like-pattern";
import { accessCurrentWhere } from "@/lib/members/access-current";
import { Prisma } from "@/lib/generated/prisma/client";
import { senderMayInviteSql } from "@/lib/invites/standing-sql";
import type { AuditRow } from "@/lib/audit/events";
import type { Spend, UsagePeriod, UsageReport } from "@/lib/billing/analytics";
import { msToHours } from "@/lib/billing/period";
import type { CreditEntryRow } from "@/lib/billing/credit-history";
import { billedToOf, type InvoiceWithLines } from "@/lib/billing/invoices";
import { can, mayGrantRole, resolveRole, type Actor } from "@/lib/permissions";
import type { ResourceRow } from "@/lib/resources/queries";
import type { Member } from "@/lib/teams/member";
import { signInMethodOf } from "@/lib/auth/sign-in-method";
import { resolveRoleChoice, roleChoiceOf } from "@/lib/roles/choice";
import { teamRoles } from "@/lib/roles/options";
import { inviteLinksOf } from "@/lib/members/page-data";
import type { z } from "zod";
import type { auditEventSchema, creditEntrySchema, invitationSchema, inviteLinkSchema, invoiceSchema, invoiceWithLinesSchema, memberSchema, resourceSchema, roleSchema, usageByMemberSchema } from "./schemas";

/** How the API shows the team's rows: JSON-ready, in the shapes of lib/api/schemas.ts. */

type Client = Db | Tx;
type Page<T> = { data: T[]; nextCursor: string | null };

const MEMBER_SELECT = {
  id: true,
  userId: true,
  role: true,
  customRoleId: true,
  createdAt: true,
  accessEndsAt: true,
  lastActiveAt: true,
  customRole: { select: { name: true, permissions: true } },
  user: { select: { name: true, email: true } },
} as const;
/** With members.security: what the members table's sign-in columns read. A password's hash never leaves this module. */
const SECURITY_SELECT = { ...MEMBER_SELECT, user: { select: { name: true, email: true, totpEnabled: true, passwordHash: true, accounts: { select: { provider: true } } } } } as const;

type MemberRecord = {
  id: string;
  userId: string;
  role: string;
  customRoleId: string | null;
  createdAt: Date;
  accessEndsAt: Date | null;
  lastActiveAt: Date;
  customRole: { name: string; permissions: string[] } | null;
  user: { name: string; email: string; totpEnabled?: boolean; passwordHash?: string | null; accounts?: { provider: string }[] };
};

function memberView(m: MemberRecord): z.input<typeof memberSchema> {
  const { user } = m;
  return {
    id: m.id,
    userId: m.userId,
    name: user.name,
    email: user.email,
    role: roleChoiceOf(m),
    roleName: resolveRole(m).name,
    joinedAt: m.createdAt.toISOString(),
    accessEndsAt: m.accessEndsAt?.toISOString() ?? null,
    security: user.accounts
      ? {
          signInMethod: signInMethodOf({ hasPassword: Boolean(user.passwordHash), totpEnabled: Boolean(user.totpEnabled), providers: user.accounts.map((a) => a.provider) }),
          twoFactor: Boolean(user.totpEnabled),
          lastActiveAt: m.lastActiveAt.toISOString(),
        }
      : null,
  };
}

/** The member columns `viewer` may read: sign-in security only with members.security. */
const memberSelectFor = (viewer: Actor) => (can(viewer, "members.security") ? SECURITY_SELECT : MEMBER_SELECT);

const ACCESS_WHERE = {
  current: () => accessCurrentWhere(),
  ended: () => ({ accessEndsAt: { lte: new Date() } }),
  temporary: () => ({ accessEndsAt: { not: null } }),
};

export async function listMemberViews(
  client: Client,
  viewer: Member,
  query: { q?: string; role?: string; access?: keyof typeof ACCESS_WHERE; cursor?: string; limit: number },
): Promise<Page<z.input<typeof memberSchema>>> {
  const q = query.q?.trim() && likeLiteral(query.q.trim());
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const role = query.role ? await resolveRoleChoice(client, viewer.team.id, query.role) : null;
  const rows: MemberRecord[] = await client.membership.findMany({
    where: {
      teamId: viewer.team.id,
      ...(q ? { user: { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] } } : {}),
      ...(role ? { role: role.role, customRoleId: role.customRoleId } : {}),
      // Within AND: the cursor's condition is an OR of its own.
      ...(query.access ? { AND: [ACCESS_WHERE[query.access]()] } : {}),
      ...(after ? afterCursor(after, "asc") : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: memberSelectFor(viewer),
  });
  const page = rows.slice(0, query.limit);
  return { data: page.map(memberView), nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]) : null };
}

/** A member of the team, or a 404 (also for members of other teams). */
export async function memberViewOf(client: Client, viewer: Member, membershipId: string): Promise<z.input<typeof memberSchema>> {
  const row: MemberRecord | null = await client.membership.findFirst({ where: { id: membershipId, teamId: viewer.team.id }, select: memberSelectFor(viewer) });
  if (!row) throw new ActionError("There is no member with that id in this team.", undefined, 404);
  return memberView(row);
}

const INVITATION_SELECT = {
  id: true,
  email: true,
  role: true,
  customRoleId: true,
  customRole: { select: { name: true, permissions: true } },
  require2fa: true,
  expiresAt: true,
  accessEndsAt: true,
  lastSentAt: true,
  sendCount: true,
  mailError: true,
  mailRetryAt: true,
  createdAt: true,
} as const;

type InvitationRecord = { id: string; email: string | null; role: string; customRoleId: string | null; customRole: { name: string; permissions: string[] } | null; require2fa: boolean; expiresAt: Date | null; accessEndsAt: Date | null; lastSentAt: Date | null; sendCount: number; mailError: string | null; mailRetryAt: Date | null; createdAt: Date };

/** Which of these invitations are withdrawn (their sender can no longer invite with their role): one statement for a page. */
async function withdrawnAmong(client: Client, teamId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT i.id FROM "Invitation" i WHERE i.id IN (${Prisma.join(ids)}) AND i.status = 'pending' AND NOT ${senderMayInviteSql(teamId)}`;
  return new Set(rows.map((r) => r.id));
}

function invitationView(i: InvitationRecord, now: Date, withdrawn: Set<string>): z.input<typeof invitationSchema> {
  return {
    id: i.id,
    email: i.email ?? "",
    role: roleChoiceOf(i),
    roleName: resolveRole(i).name,
    status: i.expiresAt && i.expiresAt <= now ? "expired" : withdrawn.has(i.id) ? "withdrawn" : "pending",
    require2fa: i.require2fa,
    expiresAt: i.expiresAt?.toISOString() ?? null,
    accessEndsAt: i.accessEndsAt?.toISOString() ?? null,
    lastSentAt: i.lastSentAt?.toISOString() ?? null,
    sendCount: i.sendCount,
    mailError: i.mailError,
    mailRetryAt: i.mailRetryAt?.toISOString() ?? null,
    createdAt: i.createdAt.toISOString(),
  };
}

export async function listInvitationViews(
  client: Client,
  teamId: string,
  query: { unsent?: "true" | "false"; cursor?: string; limit: number },
  now = new Date(),
): Promise<Page<z.input<typeof invitationSchema>>> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await client.invitation.findMany({
    where: { teamId, status: "pending", email: { not: null }, ...(query.unsent === "true" ? { mailError: { not: null } } : {}), ...(after ? afterCursor(after, "desc") : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: INVITATION_SELECT,
  });
  const page = rows.slice(0, query.limit);
  const withdrawn = await withdrawnAmong(client, teamId, page.map((i) => i.id));
  return { data: page.map((i) => invitationView(i, now, withdrawn)), nextCursor: rows.length > query.limit ? encodeCursor(page[page.length - 1]) : null };
}

export async function invitationViewOf(client: Client, teamId: string, id: string): Promise<z.input<typeof invitationSchema>> {
  const row = await client.invitation.findFirst({ where: { id, teamId, email: { not: null } }, select: INVITATION_SELECT });
  if (!row) throw new ActionError("There is no invitation with that id in this team.", undefined, 404);
  return invitationView(row, new Date(), await withdrawnAmong(client, teamId, [row.id]));
}

export async function listInviteLinkViews(client: Client, teamId: string): Promise<{ data: z.input<typeof inviteLinkSchema>[] }> {
  const links = await inviteLinksOf(client, teamId);
  return {
    data: links.map((l) => ({
      id: l.id,
      role: l.role,
      roleName: l.roleName,
      status: l.status,
      uses: l.uses,
      maxUses: l.maxUses,
      expiresAt: l.expiresAt,
      allowedDomains: l.allowedDomains,
      listed: l.listed,
      accessEndsAt: l.accessEndsAt,
      createdBy: l.createdBy,
      createdAt: l.createdAt,
    })),
  };
}

type InvoiceRecord = { id: string; number: string; periodStart: Date; periodEnd: Date; createdAt: Date; status: string; totalCents: number; billedTo: unknown; paidAt: Date | null; creditAppliedCents: number; chargedCents: number; chargedCard: string | null };

export function invoiceView(i: InvoiceRecord): z.input<typeof invoiceSchema> {
  return {
    id: i.id,
    number: i.number,
    periodStart: i.periodStart.toISOString(),
    periodEnd: i.periodEnd.toISOString(),
    issuedAt: i.createdAt.toISOString(),
    status: i.status === "paid" ? "paid" : "open",
    totalCents: i.totalCents,
    billedTo: billedToOf(i),
    paidAt: i.paidAt?.toISOString() ?? null,
    creditAppliedCents: i.creditAppliedCents,
    chargedCents: i.chargedCents,
    chargedCard: i.chargedCard,
  };
}

export function creditEntryView(e: CreditEntryRow): z.input<typeof creditEntrySchema> {
  return {
    id: String(e.id),
    createdAt: e.createdAt.toISOString(),
    kind: e.kind === "purchase" ? "purchase" : "invoice",
    amountCents: e.amountCents,
    balanceAfterCents: e.balanceAfterCents,
    boughtBy: e.actorName,
    card: e.card,
    invoice: e.invoice && { id: e.invoice.id, number: e.invoice.number },
  };
}

export function invoiceWithLinesView(i: InvoiceWithLines): z.input<typeof invoiceWithLinesSchema> {
  return { ...invoiceView(i), lines: i.lines.map((l) => ({ kind: l.kind, description: l.description, hours: l.hours, amountCents: l.amountCents })) };
}

export function resourceView(r: ResourceRow): z.input<typeof resourceSchema> {
  const config = typeof r.config === "object" && r.config !== null && !Array.isArray(r.config) ? (r.config as Record<string, unknown>) : {};
  return {
    id: r.id,
    kind: r.kind as z.input<typeof resourceSchema>["kind"],
    name: r.name,
    status: r.status,
    config,
    hourlyCostCents: r.hourlyCostCents,
    runningSince: r.runningSince?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    creator: r.creator,
  };
}

export function auditEventView(e: AuditRow): z.input<typeof auditEventSchema> {
  return {
    id: e.id.toString(),
    createdAt: e.createdAt.toISOString(),
    action: e.action,
    actor: { type: e.actorType, id: e.actorId, name: e.actorName },
    target: e.targetType ? { type: e.targetType, id: e.targetId, label: e.targetLabel } : null,
  };
}

const spendView = (s: Spend) => ({ cents: s.cents, hours: msToHours(s.ms) });

export function usageByMemberView(report: UsageReport, period: UsagePeriod, nextCursor: string | null): z.input<typeof usageByMemberSchema> {
  return {
    ...period.input,
    total: spendView(report.total),
    data: report.members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      total: spendView(m.total),
      byKind: Object.fromEntries(Object.entries(m.byKind).map(([kind, spend]) => [kind, spendView(spend)])),
    })),
    nextCursor,
  };
}

export async function listRoleViews(client: Client, teamId: string, member: Actor): Promise<{ data: z.input<typeof roleSchema>[] }> {
  const roles = await teamRoles(client, teamId);
  const givesRoles = can(member, "members.invite") || can(member, "members.role");
  return { data: roles.map((role) => ({ ...role, permissions: [...role.permissions], grantable: givesRoles && mayGrantRole(member, role) })) };
}
