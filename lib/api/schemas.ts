import { z } from "zod";
import { CURSOR_MESSAGE, decodeCursor } from "@/lib/db/keyset-cursor";
import { RESOURCE_KINDS } from "@/lib/resources/catalog";

/** Response bodies of the REST API; the OpenAPI document and the contract tests use these. */

const timestamp = z.iso.datetime({ offset: true });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ description: "RFC 9457 problem details; `errors` lists the fields that failed validation." });

export const pageQueryFields = {
  cursor: z.string().trim().max(100).refine((c) => decodeCursor(c) !== null, CURSOR_MESSAGE).optional().describe("The `nextCursor` of the previous page"),
  limit: z.coerce.number().int().min(1, "Use 1 to 100").max(100, "Use 1 to 100").default(50).describe("Items per page (1–100)"),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page") });
}

export const memberSchema = z
  .object({
    id: z.string().describe("Membership id"),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.string().describe('A built-in role key ("developer") or "custom:<id>"'),
    roleName: z.string(),
    joinedAt: timestamp,
    accessEndsAt: timestamp.nullable().describe("Temporary access: the instant it ends (midnight UTC after its last day); null when it does not end"),
    security: z
      .object({
        signInMethod: z.string().describe('How they sign in, as the members table shows it: "password + 2FA", "password", "password or magic link", "magic link", and any OAuth providers'),
        twoFactor: z.boolean().describe("Whether they sign in with a second factor"),
        lastActiveAt: timestamp.describe("Their last request to this team (its pages, downloads, or the API with their key), to 5 minutes"),
      })
      .nullable()
      .describe("How they sign in and when they last used the team; null unless the key's role may see that (members.security)"),
  });

export const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.string(),
    roleName: z.string(),
    status: z.enum(["pending", "withdrawn", "expired"]).describe("withdrawn: its sender can no longer invite with this role, so it admits no one until resent"),
    require2fa: z.boolean(),
    expiresAt: timestamp.nullable(),
    accessEndsAt: timestamp.nullable().describe("Temporary access: when the membership it creates ends; null when it does not"),
    lastSentAt: timestamp.nullable(),
    sendCount: z.number().int(),
    mailError: z.string().nullable().describe("Why its latest email has not been sent (the mail provider's refusal); null once it was, and until a try fails"),
    mailRetryAt: timestamp.nullable().describe("When that email is tried again; null when it is not (sent, or given up: resend the invitation)"),
    createdAt: timestamp,
  });

export const inviteLinkSchema = z.object({
  id: z.string(),
  role: z.string(),
  roleName: z.string(),
  status: z.enum(["active", "expired", "used_up", "withdrawn"]).describe("withdrawn: whoever made it can no longer invite with its role, so it admits no one until regenerated"),
  uses: z.number().int(),
  maxUses: z.number().int().nullable(),
  expiresAt: timestamp.nullable(),
  allowedDomains: z.array(z.string()).describe("Only confirmed addresses at these domains may join; empty: anyone with the link"),
  listed: z.boolean().describe("Shown to whoever confirms an address at its domain, who may join without the link"),
  accessEndsAt: timestamp.nullable().describe("Temporary access: when the memberships it creates end; null when they do not"),
  createdBy: z.string().describe('Whoever made it or last regenerated it; "A former member" once they have left'),
  createdAt: timestamp,
});

export const newInviteLinkSchema = z.object({
  invitationId: z.string(),
  link: z.string().describe("The URL to share. It is shown only now: Roster keeps a hash of it"),
});

export const inviteOutcomeSchema = z.object({
  email: z.string(),
  ok: z.boolean(),
  invitationId: z.string().optional(),
  message: z.string().optional().describe("Why this address was not invited"),
});

export const resourceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(RESOURCE_KINDS),
    name: z.string(),
    status: z.string(),
    config: z.record(z.string(), z.unknown()),
    hourlyCostCents: z.number().int(),
    runningSince: timestamp.nullable(),
    createdAt: timestamp,
    creator: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  });

export const auditEventSchema = z
  .object({
    id: z.string(),
    createdAt: timestamp,
    action: z.string(),
    actor: z.object({ type: z.string(), id: z.string().nullable(), name: z.string() }),
    target: z.object({ type: z.string(), id: z.string().nullable(), label: z.string().nullable() }).nullable(),
  });

export const billingSummarySchema = z
  .object({
    creditCents: z.number().int(),
    balanceDueCents: z.number().int(),
    openInvoices: z.object({ count: z.number().int(), cents: z.number().int() }).describe("Issued but not paid: they are paid as soon as the team has a default card"),
    monthStart: timestamp,
    monthSpendCents: z.number().int(),
    burnRateCents: z.number().int().describe("What the running resources cost per hour"),
    hourlySpendLimitCents: z.number().int(),
    invoiceEmail: z.string().nullable().describe("Where invoices are mailed; null: to every member who may manage billing"),
    monthlyBudgetCents: z.number().int().nullable().describe("Its billing recipients are told when this month's spend reaches 50, 80 and 100% of it; null: no alerts"),
    daily: z.array(z.object({ day: timestamp, cents: z.number().int() })),
  });

export const invoiceSchema = z.object({
  id: z.string(),
  number: z.string(),
  periodStart: timestamp.describe("The first instant of the UTC month it bills"),
  periodEnd: timestamp.describe("The first instant of the next month"),
  issuedAt: timestamp,
  status: z.enum(["paid", "open"]).describe("open: not paid yet (no card, or the card declined); paid once the team has a default card that pays it"),
  totalCents: z.number().int(),
  billedTo: z
    .object({ billingName: z.string(), addressLine: z.string(), city: z.string(), postalCode: z.string(), country: z.string() })
    .nullable()
    .describe("The default card's billing address when it was issued; null when the team had no card"),
  paidAt: timestamp.nullable().describe("When it was paid; null while open (and for invoices paid before payments were recorded)"),
  creditAppliedCents: z.number().int().describe("What the team's prepaid credit paid of it"),
  chargedCents: z.number().int().describe("What was charged to the card"),
  chargedCard: z.string().nullable().describe('The card charged, as "Visa •••• 4242"; null when nothing was charged'),
});

export const creditEntrySchema = z.object({
  id: z.string(),
  createdAt: timestamp,
  kind: z.enum(["purchase", "invoice"]).describe("purchase: credit bought; invoice: credit spent paying an invoice"),
  amountCents: z.number().int().describe("Positive when bought, negative when spent"),
  balanceAfterCents: z.number().int().describe("The team's credit after this change"),
  boughtBy: z.string().nullable().describe("Who bought it (a member's or an API key's name); null when spent"),
  card: z.string().nullable().describe("The card charged for a purchase"),
  invoice: z.object({ id: z.string(), number: z.string() }).nullable().describe("The invoice it paid; null for purchases, and when the invoice is gone"),
});

export const invoiceWithLinesSchema = invoiceSchema.extend({
  lines: z.array(z.object({ kind: z.string(), description: z.string(), hours: z.number().describe("Resource-hours, to the hundredth"), amountCents: z.number().int() })),
});

const spendSchema = z.object({ cents: z.number().int(), hours: z.number().describe("Resource-hours, to the hundredth") });

export const usageByMemberSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  total: spendSchema.describe("Every member's usage in the period, not just this page's"),
  data: z.array(
    z.object({
      userId: z.string(),
      name: z.string().describe("“Former member” when the account no longer exists"),
      email: z.string().nullable(),
      total: spendSchema,
      byKind: z.record(z.string(), spendSchema).describe("Keyed by resource kind: pod, endpoint, cluster, volume"),
    }),
  ),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
});

export const roleSchema = z.object({
  value: z.string().describe('What `role` takes: a built-in role key ("developer") or "custom:<id>"'),
  name: z.string(),
  description: z.string(),
  builtIn: z.boolean(),
  permissions: z.array(z.string()).describe("The permissions the role holds, as on the Roles page"),
  grantable: z.boolean().describe("Whether this key may invite people with the role or give it to members: it needs to invite or change roles, and never Owner, never beyond its own permissions"),
});

export const removedMemberSchema = z.object({ reassignedResources: z.number().int() });

export const bulkRoleChangeSchema = z.object({ count: z.number().int().describe("How many members now have the role"), role: z.string().describe("The role's name") });

export const bulkAccessEndSchema = z.object({
  count: z.number().int().describe("How many members were given the date"),
  lastDay: z.string().nullable().describe("Their last day of access (UTC); null when their access no longer ends"),
});

export const bulkRemovalSchema = z.object({ count: z.number().int().describe("How many members were removed"), reassignedResources: z.number().int() });

export const bulkCancellationSchema = z.object({ count: z.number().int().describe("How many invitations were cancelled") });
