/** Kinds of things an audit event can be about, with the label shown in filters and tables. */
export const TARGET_TYPES = {
  team: "Team",
  member: "Member",
  invitation: "Invitation",
  resource: "Resource",
  api_key: "API key",
  audit_webhook: "Audit webhook",
  custom_role: "Custom role",
  payment_method: "Payment method",
  invoice: "Invoice",
  transfer: "Ownership transfer",
} as const;

export type TargetType = keyof typeof TARGET_TYPES;

type CatalogueEntry = { label: string; target: TargetType | null };

/**
 * Every audit action Roster writes. The action filter and the labels in the log, the export and
 * member activity come from here; actions-catalogue.test.ts fails when code writes a name that is
 * missing. Team-less events (sign-ins) have no target.
 */
export const AUDIT_ACTIONS = {
  "auth.sign_up": { label: "Signed up", target: null },
  "auth.sign_in": { label: "Signed in", target: null },
  "auth.sign_in_failed": { label: "Failed sign-in", target: null },
  "auth.sign_out": { label: "Signed out", target: null },
  "auth.magic_link_requested": { label: "Sign-in link requested", target: null },
  "auth.email_confirmation_sent": { label: "Email confirmation sent", target: null },
  "auth.email_confirmed": { label: "Email address confirmed", target: null },
  "auth.name_changed": { label: "Name changed", target: null },
  "auth.password_changed": { label: "Password changed", target: null },
  "auth.password_reset_requested": { label: "Password reset requested", target: null },
  "auth.password_reset": { label: "Password reset", target: null },
  "auth.signed_out_everywhere": { label: "Signed out everywhere", target: null },
  "auth.session_ended": { label: "Signed out another session", target: null },
  "auth.other_sessions_ended": { label: "Signed out of all other sessions", target: null },
  "auth.totp_enrolment_started": { label: "Two-factor setup started", target: null },
  "auth.totp_enabled": { label: "Two-factor authentication turned on", target: null },
  "auth.totp_disabled": { label: "Two-factor authentication turned off", target: null },
  "auth.recovery_code_used": { label: "Recovery code used", target: null },
  "auth.account_deleted": { label: "Account deleted", target: null },
  "auth.recovery_codes_regenerated": { label: "New recovery codes generated", target: null },
  "team.created": { label: "Team created", target: "team" },
  "team.updated": { label: "Team settings changed", target: "team" },
  "team.deleted": { label: "Team deleted", target: "team" },
  "member.added": { label: "Member added", target: "member" },
  "member.role_changed": { label: "Member role changed", target: "member" },
  "member.access_end_changed": { label: "Member access end date changed", target: "member" },
  "member.access_end_reminded": { label: "Member reminded that their access ends", target: "member" },
  "member.access_ended": { label: "Member's access ended (those who manage it told)", target: "member" },
  "member.removed": { label: "Member removed", target: "member" },
  "member.left": { label: "Member left the team", target: "member" },
  "members.exported": { label: "Member list exported", target: "team" },
  "invite.created": { label: "Invitation sent", target: "invitation" },
  "invite.resent": { label: "Invitation resent", target: "invitation" },
  "invite.cancelled": { label: "Invitation cancelled", target: "invitation" },
  "invite.accepted": { label: "Invitation accepted", target: "member" },
  "invite.declined": { label: "Invitation declined", target: "invitation" },
  "invite_link.created": { label: "Invite link created", target: "invitation" },
  "invite_link.revoked": { label: "Invite link revoked", target: "invitation" },
  "invite_link.regenerated": { label: "Invite link regenerated", target: "invitation" },
  "invite_link.listed": { label: "Invite link listed", target: "invitation" },
  "invite_link.unlisted": { label: "Invite link unlisted", target: "invitation" },
  "custom_role.created": { label: "Custom role created", target: "custom_role" },
  "custom_role.updated": { label: "Custom role changed", target: "custom_role" },
  "custom_role.deleted": { label: "Custom role deleted", target: "custom_role" },
  "resource.created": { label: "Resource created", target: "resource" },
  "resource.started": { label: "Resource started", target: "resource" },
  "resource.stopped": { label: "Resource stopped", target: "resource" },
  "resource.resized": { label: "Volume resized", target: "resource" },
  "resource.connected": { label: "Connected to a resource", target: "resource" },
  "resource.invoked": { label: "Endpoint invoked", target: "resource" },
  "resource.deleted": { label: "Resource deleted", target: "resource" },
  "api_key.created": { label: "API key created", target: "api_key" },
  "api_key.revoked": { label: "API key revoked", target: "api_key" },
  "audit_webhook.created": { label: "Audit log webhook added", target: "audit_webhook" },
  "audit_webhook.secret_rolled": { label: "Audit log webhook secret replaced", target: "audit_webhook" },
  "audit_webhook.deleted": { label: "Audit log webhook deleted", target: "audit_webhook" },
  "billing.spend_limit_changed": { label: "Spend limit changed", target: "team" },
  "billing.budget_changed": { label: "Monthly budget changed", target: "team" },
  "billing.budget_reached": { label: "Budget alert sent", target: "team" },
  "billing.credit_added": { label: "Credit added", target: "team" },
  "billing.invoice_email_changed": { label: "Invoice email changed", target: "team" },
  "billing.payment_method_added": { label: "Payment method added", target: "payment_method" },
  "billing.default_payment_method_changed": { label: "Default payment method changed", target: "payment_method" },
  "billing.payment_method_removed": { label: "Payment method removed", target: "payment_method" },
  "invoice.generated": { label: "Invoice generated", target: "invoice" },
  "invoice.paid": { label: "Open invoice paid", target: "invoice" },
  "ownership.transfer_requested": { label: "Ownership transfer requested", target: "transfer" },
  "ownership.transfer_confirmed": { label: "Ownership transfer confirmed by the owner", target: "transfer" },
  "ownership.transfer_cancelled": { label: "Ownership transfer cancelled", target: "transfer" },
  "ownership.transfer_declined": { label: "Ownership transfer declined by the recipient", target: "transfer" },
  "ownership.transferred": { label: "Ownership transferred", target: "transfer" },
  "audit.retention_updated": { label: "Audit retention changed", target: "team" },
  "audit.verified": { label: "Audit log integrity verified", target: "team" },
  "audit.exported": { label: "Audit log exported", target: "team" },
  "audit.purged": { label: "Expired audit events purged", target: null },
} as const satisfies Record<string, CatalogueEntry>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

/** The human label of an action; names from before the catalogue knew them show as stored. */
export function actionLabel(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action].label : action;
}

export function targetTypeLabel(type: string): string {
  return Object.hasOwn(TARGET_TYPES, type) ? TARGET_TYPES[type as TargetType] : type;
}
