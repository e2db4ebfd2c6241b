import { z } from "zod";
import { auditQuerySchema } from "@/lib/audit/filters";
import { budgetSchema, creditHistoryQuerySchema, creditSchema, invoiceEmailSchema, usageQuerySchema } from "@/lib/billing/schemas";
import { inviteLinkSchema as inviteLinkInputSchema, inviteMembersSchema, invitationIdSchema, invitationIdsSchema } from "@/lib/invites/schemas";
import { accessEndSchema, accessEndsSchema, changeRoleSchema, changeRolesSchema, membershipIdField, removeMemberSchema, removeMembersSchema } from "@/lib/members/schemas";
import type { Permission } from "@/lib/permissions";
import { KIND_INFO, type ResourceKind } from "@/lib/resources/catalog";
import {
  auditEventSchema,
  billingSummarySchema,
  creditEntrySchema,
  bulkAccessEndSchema,
  bulkCancellationSchema,
  bulkRemovalSchema,
  bulkRoleChangeSchema,
  invitationSchema,
  inviteLinkSchema,
  invoiceSchema,
  invoiceWithLinesSchema,
  inviteOutcomeSchema,
  memberSchema,
  newInviteLinkSchema,
  pageOf,
  pageQueryFields,
  removedMemberSchema,
  resourceSchema,
  roleSchema,
  usageByMemberSchema,
} from "./schemas";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One operation of the REST API. The route handler (lib/api/handler.ts), the OpenAPI document
 * (lib/api/openapi.ts) and the reference page all read it, so nothing is written twice.
 * `input` holds the path parameters plus the query (GET, DELETE) or the JSON body (POST, PATCH).
 */
export type ApiOperation = {
  operationId: string;
  method: HttpMethod;
  /** Relative to /api/v1; `{name}` marks a path parameter. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** The key needs any one of these; empty: any key of the team; null: public, no key. */
  permission: readonly Permission[] | null;
  input: z.ZodObject;
  status: 200 | 201 | 204;
  response: z.ZodType | null;
  /** An example JSON body, for the reference page's curl line. */
  example?: Record<string, unknown>;
};

export function inputSource(method: HttpMethod): "query" | "body" {
  return method === "POST" || method === "PUT" || method === "PATCH" ? "body" : "query";
}

const op = <const O extends ApiOperation>(o: O): O => o;

const memberIdSchema = z.object({ membershipId: membershipIdField });
const noInput = z.object({});

export type ResourceListOperation = ReturnType<typeof listResourcesOperation>;

function listResourcesOperation(kind: ResourceKind) {
  const info = KIND_INFO[kind];
  return op({
    operationId: `list${info.path[0].toUpperCase()}${info.path.slice(1)}`,
    method: "GET",
    path: `/${info.path}`,
    tag: "Resources",
    summary: `List ${info.plural.toLowerCase()}`,
    description: `${info.description} Newest first, 50 a page. A key whose role only sees its own resources (Basic) lists those its creator created.`,
    permission: ["resources.read", "resources.own"],
    input: z.object({ cursor: pageQueryFields.cursor }),
    status: 200,
    response: pageOf(resourceSchema),
  });
}

export const API = {
  listMembers: op({
    operationId: "listMembers",
    method: "GET",
    path: "/members",
    tag: "Members",
    summary: "List members",
    description: "Members of the key's team, oldest first.",
    permission: ["members.read"],
    input: z.object({
      q: z.string().trim().max(100).optional().describe("Part of a name or email"),
      role: z.string().trim().min(1).max(80).optional().describe('Only members with this role: a built-in key ("developer") or "custom:<id>" (see GET /roles)'),
      access: z
        .enum(["current", "ended", "temporary"])
        .optional()
        .describe("current: members whose access has not ended; ended: those whose temporary access has; temporary: those with an end date, ended or not"),
      ...pageQueryFields,
    }),
    status: 200,
    response: pageOf(memberSchema),
  }),
  getMember: op({
    operationId: "getMember",
    method: "GET",
    path: "/members/{membershipId}",
    tag: "Members",
    summary: "Get a member",
    permission: ["members.read"],
    input: memberIdSchema,
    status: 200,
    response: memberSchema,
  }),
  changeMemberRole: op({
    operationId: "changeMemberRole",
    method: "PATCH",
    path: "/members/{membershipId}",
    tag: "Members",
    summary: "Change a member's role",
    description: "The same rules as in the app: a key never grants a role above its own, never makes anyone Owner, never touches an Owner, and the last Owner stays.",
    permission: ["members.role"],
    input: changeRoleSchema,
    status: 200,
    response: memberSchema,
    example: { role: "viewer" },
  }),
  setMemberAccessEnd: op({
    operationId: "setMemberAccessEnd",
    method: "PUT",
    path: "/members/{membershipId}/access-end",
    tag: "Members",
    summary: "Set or clear the end of a member's access",
    description:
      "Temporary access: the member keeps their role through `lastDay` (a UTC date, today or later, within 5 years), then the membership grants nothing, in the app and through their API keys, until it is extended or they are removed. An empty `lastDay` removes the end date, which also restores access that has ended. Not for Owners, nor for the key's own creator.",
    permission: ["members.role"],
    input: accessEndSchema,
    status: 200,
    response: memberSchema,
    example: { lastDay: "2026-12-31" },
  }),
  removeMember: op({
    operationId: "removeMember",
    method: "DELETE",
    path: "/members/{membershipId}",
    tag: "Members",
    summary: "Remove a member",
    description: "Their resources pass to the longest-standing Owner and their API keys are revoked.",
    permission: ["members.remove"],
    input: removeMemberSchema,
    status: 200,
    response: removedMemberSchema,
  }),
  changeMemberRoles: op({
    operationId: "changeMemberRoles",
    method: "PATCH",
    path: "/members",
    tag: "Members",
    summary: "Change several members' roles",
    description:
      "Gives up to 100 members one role, all or nothing: if any of them cannot be changed (gone, an Owner, a role above the key's), none is, and the problem names who and why (ids not in the team: a 404 that lists them). One audit event per member.",
    permission: ["members.role"],
    input: changeRolesSchema,
    status: 200,
    response: bulkRoleChangeSchema,
    example: { membershipIds: ["cm0member1", "cm0member2"], role: "viewer" },
  }),
  setMembersAccessEnd: op({
    operationId: "setMembersAccessEnd",
    method: "PUT",
    path: "/members/access-end",
    tag: "Members",
    summary: "Set or clear several members' access end date",
    description:
      "Gives up to 100 members one last day of access (empty: none), all or nothing, as setting each one's would: if any of them cannot be given it (an Owner, the key's own creator, a role above the key's), none is, and the problem names who and why (ids not in the team: a 404 that lists them). One audit event per member whose date changed.",
    permission: ["members.role"],
    input: accessEndsSchema,
    status: 200,
    response: bulkAccessEndSchema,
    example: { membershipIds: ["cm0member1", "cm0member2"], lastDay: "2026-12-31" },
  }),
  removeMembers: op({
    operationId: "removeMembers",
    method: "POST",
    path: "/members/remove",
    tag: "Members",
    summary: "Remove several members",
    description: "Removes up to 100 members, all or nothing (ids not in the team: a 404 that lists them), as removing each one would: their resources pass to the longest-standing Owner, their API keys are revoked and each is mailed.",
    permission: ["members.remove"],
    input: removeMembersSchema,
    status: 200,
    response: bulkRemovalSchema,
    example: { membershipIds: ["cm0member1", "cm0member2"] },
  }),
  listRoles: op({
    operationId: "listRoles",
    method: "GET",
    path: "/roles",
    tag: "Members",
    summary: "List roles",
    description: "The team's roles, built-in then custom, with their permissions and whether this key may give each: the values `role` takes when inviting or changing roles. Every member can read them, as on the Roles page.",
    permission: [],
    input: noInput,
    status: 200,
    response: z.object({ data: z.array(roleSchema) }),
  }),
  listInvitations: op({
    operationId: "listInvitations",
    method: "GET",
    path: "/invitations",
    tag: "Invitations",
    summary: "List pending invitations",
    description: "Email invitations not yet accepted or cancelled, newest first; expired and withdrawn ones say so.",
    permission: ["members.read"],
    input: z.object({
      unsent: z.enum(["true", "false"]).optional().describe('"true": only those whose email has not been sent (see mailError), as the members table\'s "Email not sent" filter'),
      ...pageQueryFields,
    }),
    status: 200,
    response: pageOf(invitationSchema),
  }),
  inviteMembers: op({
    operationId: "inviteMembers",
    method: "POST",
    path: "/invitations",
    tag: "Invitations",
    summary: "Invite people",
    description:
      "Invites each address on its own (addresses separated by commas, spaces or new lines; at most 50). The answer lists every address with its outcome; 201 when at least one was invited, otherwise 409 (or 422 for invalid addresses) with one error per address. With `lastDay` (a UTC date) the access they get is temporary: it ends after that day.",
    permission: ["members.invite"],
    input: inviteMembersSchema,
    status: 201,
    response: z.object({ outcomes: z.array(inviteOutcomeSchema) }),
    example: { emails: "ada@example.com, grace@example.com", role: "developer" },
  }),
  resendInvitation: op({
    operationId: "resendInvitation",
    method: "POST",
    path: "/invitations/{invitationId}/resend",
    tag: "Invitations",
    summary: "Resend an invitation",
    description: "Sends a fresh link (the old one stops working) with a new expiry. At most once a minute per invitation.",
    permission: ["members.invite"],
    input: invitationIdSchema,
    status: 200,
    response: invitationSchema,
  }),
  cancelInvitation: op({
    operationId: "cancelInvitation",
    method: "DELETE",
    path: "/invitations/{invitationId}",
    tag: "Invitations",
    summary: "Cancel an invitation",
    permission: ["members.invite"],
    input: invitationIdSchema,
    status: 204,
    response: null,
  }),
  cancelInvitations: op({
    operationId: "cancelInvitations",
    method: "POST",
    path: "/invitations/cancel",
    tag: "Invitations",
    summary: "Cancel several invitations",
    description: "Cancels up to 100 pending email invitations, all or nothing (ids not pending: a 404 that lists them); their links stop working at once.",
    permission: ["members.invite"],
    input: invitationIdsSchema,
    status: 200,
    response: bulkCancellationSchema,
    example: { invitationIds: ["cm0invite1", "cm0invite2"] },
  }),
  listInviteLinks: op({
    operationId: "listInviteLinks",
    method: "GET",
    path: "/invite-links",
    tag: "Invite links",
    summary: "List invite links",
    description: "The team's shareable links that have not been revoked, newest first; expired, used-up and withdrawn ones say so. Their URLs are not shown again: regenerate one for a new URL.",
    permission: ["members.invite"],
    input: noInput,
    status: 200,
    response: z.object({ data: z.array(inviteLinkSchema) }),
  }),
  createInviteLink: op({
    operationId: "createInviteLink",
    method: "POST",
    path: "/invite-links",
    tag: "Invite links",
    summary: "Create an invite link",
    description:
      "A link anyone who has it can use to join with `role` (no higher than the key's), until `expiresInDays` (1–365) or `maxUses` (1–10,000) runs out; empty or absent: no limit. `allowedDomains` (comma-separated) admits only confirmed addresses there; `listed` also shows it to them, for the domain of the key creator's own confirmed address and a role that cannot run the team. With `lastDay` (a UTC date) the access it gives is temporary.",
    permission: ["members.invite"],
    input: inviteLinkInputSchema,
    status: 201,
    response: newInviteLinkSchema,
    example: { role: "developer", expiresInDays: 7, maxUses: 10, allowedDomains: "example.com" },
  }),
  regenerateInviteLink: op({
    operationId: "regenerateInviteLink",
    method: "POST",
    path: "/invite-links/{invitationId}/regenerate",
    tag: "Invite links",
    summary: "Regenerate an invite link",
    description: "Gives an active or withdrawn link a new URL (the old one stops working and says where the new one is) and makes it the key creator's, which revives a withdrawn link. A listed link the creator could not list is unlisted (`unlisted: true`).",
    permission: ["members.invite"],
    input: invitationIdSchema,
    status: 200,
    response: z.object({ link: newInviteLinkSchema.shape.link, unlisted: z.boolean() }),
  }),
  revokeInviteLink: op({
    operationId: "revokeInviteLink",
    method: "DELETE",
    path: "/invite-links/{invitationId}",
    tag: "Invite links",
    summary: "Revoke an invite link",
    description: "The link stops working at once; those who joined with it stay.",
    permission: ["members.invite"],
    input: invitationIdSchema,
    status: 204,
    response: null,
  }),
  listPods: listResourcesOperation("pod"),
  listEndpoints: listResourcesOperation("endpoint"),
  listClusters: listResourcesOperation("cluster"),
  listVolumes: listResourcesOperation("volume"),
  listAuditEvents: op({
    operationId: "listAuditEvents",
    method: "GET",
    path: "/audit-events",
    tag: "Audit log",
    summary: "Read the audit log",
    description: "Newest first, 50 a page, with the same filters as the audit page: dates are whole UTC days, `actor` is a user or API key id.",
    permission: ["audit.read"],
    input: auditQuerySchema,
    status: 200,
    response: pageOf(auditEventSchema),
  }),
  getBillingSummary: op({
    operationId: "getBillingSummary",
    method: "GET",
    path: "/billing",
    tag: "Billing",
    summary: "Billing summary",
    description: "Credit, balance due, this month's spend by day, the current burn rate and the hourly spend limit, in cents.",
    permission: ["billing.read"],
    input: noInput,
    status: 200,
    response: billingSummarySchema,
  }),
  setMonthlyBudget: op({
    operationId: "setMonthlyBudget",
    method: "PUT",
    path: "/billing/budget",
    tag: "Billing",
    summary: "Set the monthly budget",
    description:
      "`budget` in dollars ($1 to $1,000,000, as a number or a string); null or an empty string turns it off. The invoice email, or else the members who may manage billing, are told when the UTC month's spend reaches 50, 80 and 100% of it, at once if it already has. It stops nothing: the hourly spend limit does.",
    permission: ["billing.manage"],
    input: budgetSchema,
    status: 200,
    response: z.object({ monthlyBudgetCents: z.number().int().nullable(), alertedPercent: z.number().int().nullable().describe("The share of it this month's spend has reached, when that was mailed now") }),
    example: { budget: 2000 },
  }),
  listCreditHistory: op({
    operationId: "listCreditHistory",
    method: "GET",
    path: "/billing/credit",
    tag: "Billing",
    summary: "Credit history",
    description: "Every change to the team's prepaid credit, newest first, 50 a page: credit bought (who, which card) and credit spent paying an invoice, each with the credit it left.",
    permission: ["billing.read"],
    input: creditHistoryQuerySchema,
    status: 200,
    response: pageOf(creditEntrySchema),
  }),
  addCredit: op({
    operationId: "addCredit",
    method: "POST",
    path: "/billing/credit",
    tag: "Billing",
    summary: "Buy prepaid credit",
    description:
      "Charges `amount` dollars ($5 to $10,000, at most 2 decimals, as a number or a string) to the team's default card now and adds it to the credit, which pays invoices before any card is charged. A receipt goes to the invoice email, or else to the members who may manage billing. 409 when the team has no default card or the card is declined: nothing is charged.",
    permission: ["billing.manage"],
    input: creditSchema,
    status: 201,
    response: z.object({ amountCents: z.number().int(), balanceCents: z.number().int().describe("The team's credit after this") }),
    example: { amount: 50 },
  }),
  setInvoiceEmail: op({
    operationId: "setInvoiceEmail",
    method: "PUT",
    path: "/billing/invoice-email",
    tag: "Billing",
    summary: "Set where invoices are mailed",
    description:
      "Each month's invoice, with its PDF, and each receipt (an open invoice paid, credit bought) go to `invoiceEmail` (an accounts team, say) instead of every member who may manage billing; an empty string sends them to those members again. The new address is told it receives them, and the old one that it no longer does.",
    permission: ["billing.manage"],
    input: invoiceEmailSchema,
    status: 200,
    response: z.object({ invoiceEmail: z.string().nullable() }),
    example: { invoiceEmail: "accounts@example.com" },
  }),
  getUsageByMember: op({
    operationId: "getUsageByMember",
    method: "GET",
    path: "/billing/usage",
    tag: "Billing",
    summary: "Usage by member",
    description:
      "Cost and resource-hours of the resources each member created, from `from` to `to` (whole UTC days, both included, at most 366), most costly first, 50 members a page, with the total over everyone.",
    permission: ["billing.read"],
    input: usageQuerySchema,
    status: 200,
    response: usageByMemberSchema,
  }),
  listInvoices: op({
    operationId: "listInvoices",
    method: "GET",
    path: "/billing/invoices",
    tag: "Billing",
    summary: "List invoices",
    description: "One invoice per completed UTC month with usage, newest first; any that has come due is issued first, as the Invoices page does.",
    permission: ["billing.read"],
    input: noInput,
    status: 200,
    response: z.object({ data: z.array(invoiceSchema) }),
  }),
  getInvoice: op({
    operationId: "getInvoice",
    method: "GET",
    path: "/billing/invoices/{invoiceId}",
    tag: "Billing",
    summary: "Get an invoice",
    description: "With a line per resource kind. Another team's invoice is a 404.",
    permission: ["billing.read"],
    input: z.object({ invoiceId: z.string().trim().min(1).max(64) }),
    status: 200,
    response: invoiceWithLinesSchema,
  }),
  getOpenApiDocument: op({
    operationId: "getOpenApiDocument",
    method: "GET",
    path: "/openapi.json",
    tag: "Meta",
    summary: "This API as an OpenAPI 3.1 document",
    description: "Public: no key needed.",
    permission: null,
    input: noInput,
    status: 200,
    response: z.object({ openapi: z.literal("3.1.0") }).loose(),
  }),
} as const;

export type ApiOperationId = keyof typeof API;
export const API_OPERATIONS: ApiOperation[] = Object.values(API);

