import { startSession } from "@/lib/auth/active-sessions";
import { issueEmailToken } from "@/lib/auth/email-tokens";
import { hashPassword } from "@/lib/auth/password";
import { totpCode, totpStep } from "@/lib/auth/totp";
import { db } from "@/lib/db/client";
import { actAs } from "./acting-user";
import { createTeamWithEveryRole, createUser, uid } from "./fixtures";
import { memberId, pendingInvite, resourceOf, teamAs, transferAwaiting, webhookOf } from "./scenarios";

/**
 * One successful call of every exported server action, with the audit events it must write.
 * `setup` prepares the data (and picks who acts with actAs), then returns the call. Used by the
 * audit-coverage test, the fault-injection test and the cross-team test.
 */
export type Scenario = {
  writes: string[];
  setup: () => Promise<() => Promise<unknown>>;
  /** Signing out goes ahead when its event cannot be written (lib/auth/sign-out.db.test.ts), so a fault is not a refusal. */
  proceedsWithoutEvent?: true;
};

export const SCENARIOS: Record<string, Scenario> = {
  "lib/teams/actions.ts#createTeam": {
    writes: ["team.created"],
    setup: async () => {
      actAs(await createUser("founder"));
      const { createTeam } = await import("@/lib/teams/actions");
      return () => createTeam({ name: "Scenario Co", slug: `scenario-${uid()}` });
    },
  },
  "lib/teams/actions.ts#updateTeamSettings": {
    writes: ["team.updated"],
    setup: async () => {
      const team = await createTeamWithEveryRole();
      actAs(team.users.admin);
      const { updateTeamSettings } = await import("@/lib/teams/actions");
      return () => updateTeamSettings(team.slug, { name: "Renamed", slug: team.slug, defaultRole: "viewer", seatLimit: 50, inviteExpiryDays: 7, require2fa: false });
    },
  },
  "lib/audit/actions.ts#updateAuditRetention": {
    writes: ["audit.retention_updated"],
    setup: async () => {
      const team = await createTeamWithEveryRole();
      actAs(team.users.owner);
      const { updateAuditRetention } = await import("@/lib/audit/actions");
      return () => updateAuditRetention(team.slug, { retentionDays: "90" });
    },
  },
  "lib/audit/actions.ts#verifyAuditLog": {
    writes: ["audit.verified"],
    setup: async () => {
      const team = await createTeamWithEveryRole();
      actAs(team.users.admin);
      const { verifyAuditLog } = await import("@/lib/audit/actions");
      return () => verifyAuditLog(team.slug, {});
    },
  },
  "lib/webhooks/actions.ts#createWebhookAction": {
    writes: ["audit_webhook.created"],
    setup: async () => {
      const team = await teamAs("admin");
      const { createWebhookAction } = await import("@/lib/webhooks/actions");
      return () => createWebhookAction(team.slug, { url: `https://siem-${uid()}.example.invalid/roster` });
    },
  },
  "lib/webhooks/actions.ts#deleteWebhookAction": {
    writes: ["audit_webhook.deleted"],
    setup: async () => {
      const team = await teamAs("admin");
      const webhookId = await webhookOf(team.id);
      const { deleteWebhookAction } = await import("@/lib/webhooks/actions");
      return () => deleteWebhookAction(team.slug, { webhookId });
    },
  },
  "lib/webhooks/actions.ts#rollWebhookSecretAction": {
    writes: ["audit_webhook.secret_rolled"],
    setup: async () => {
      const team = await teamAs("owner");
      const webhookId = await webhookOf(team.id);
      const { rollWebhookSecretAction } = await import("@/lib/webhooks/actions");
      return () => rollWebhookSecretAction(team.slug, { webhookId });
    },
  },
  // A test event records nothing: it changes nothing. Its endpoint is one the sender refuses before any network call.
  "lib/webhooks/actions.ts#testWebhookAction": {
    writes: [],
    setup: async () => {
      const team = await teamAs("owner");
      const webhookId = await webhookOf(team.id, "https://127.0.0.1/roster");
      const { testWebhookAction } = await import("@/lib/webhooks/actions");
      return () => testWebhookAction(team.slug, { webhookId });
    },
  },
  "lib/auth/switch-account-action.ts#signOutTo": {
    writes: ["auth.sign_out"],
    proceedsWithoutEvent: true,
    setup: async () => {
      actAs(await createUser("switcher"));
      const { signOutTo } = await import("@/lib/auth/switch-account-action");
      const form = new FormData();
      form.set("redirectTo", "/sign-in");
      return () => signOutTo(form);
    },
  },
  "lib/api-keys/actions.ts#createApiKeyAction": {
    writes: ["api_key.created"],
    setup: async () => {
      const team = await teamAs("developer");
      const { createApiKeyAction } = await import("@/lib/api-keys/actions");
      return () => createApiKeyAction(team.slug, { name: "CI deploy", role: "viewer", expiresInDays: "30" });
    },
  },
  "lib/api-keys/actions.ts#revokeApiKeyAction": {
    writes: ["api_key.revoked"],
    setup: async () => {
      const team = await teamAs("developer");
      const key = await db.apiKey.create({ data: { teamId: team.id, name: "old", prefix: "rk_test", keyHash: `hash-${uid()}`, role: "viewer", creatorId: team.users.developer.id } });
      const { revokeApiKeyAction } = await import("@/lib/api-keys/actions");
      return () => revokeApiKeyAction(team.slug, { apiKeyId: key.id });
    },
  },
  // These two hand over to Auth.js, which Vitest replaces: their events are written by
  // authenticate() and sendMagicLink(), whose tests in lib/auth check them.
  "lib/auth/actions.ts#signInWithPassword": {
    writes: [],
    setup: async () => {
      const { signInWithPassword } = await import("@/lib/auth/actions");
      return () => signInWithPassword({ email: `someone-${uid()}@example.test`, password: "the-password-1" }).then(() => undefined);
    },
  },
  "lib/auth/actions.ts#requestMagicLink": {
    writes: [],
    setup: async () => {
      const { requestMagicLink } = await import("@/lib/auth/actions");
      return () => requestMagicLink({ email: `someone-${uid()}@example.test` }).catch(endsInRedirect);
    },
  },
  "lib/auth/actions.ts#requestPasswordReset": {
    writes: ["auth.password_reset_requested"],
    setup: async () => {
      const user = await createUser("forgot");
      const { requestPasswordReset } = await import("@/lib/auth/actions");
      return () => requestPasswordReset({ email: user.email }).catch(endsInRedirect);
    },
  },
  "lib/auth/actions.ts#resetPasswordAction": {
    writes: ["auth.password_reset"],
    setup: async () => {
      const user = await createUser("reset");
      const token = await db.$transaction((tx) => issueEmailToken(tx, "reset-password", user.id, 60_000));
      const { resetPasswordAction } = await import("@/lib/auth/actions");
      return () => resetPasswordAction({ token, password: "a-brand-new-password" }).catch(endsInRedirect);
    },
  },
  "lib/auth/actions.ts#signUpWithPassword": {
    writes: ["auth.sign_up"],
    setup: async () => {
      const { signUpWithPassword } = await import("@/lib/auth/actions");
      return () => signUpWithPassword({ name: "New Person", email: `new-${uid()}@example.test`, password: "a-long-enough-password" });
    },
  },
  "lib/auth/actions.ts#signOutAction": {
    writes: ["auth.sign_out"],
    proceedsWithoutEvent: true,
    setup: async () => {
      actAs(await createUser("leaving"));
      const { signOutAction } = await import("@/lib/auth/actions");
      return () => signOutAction();
    },
  },
  "lib/auth/account-actions.ts#startTotpEnrolment": {
    writes: ["auth.totp_enrolment_started"],
    setup: async () => {
      actAs(await createUser("totp"));
      const { startTotpEnrolment } = await import("@/lib/auth/account-actions");
      return () => startTotpEnrolment({});
    },
  },
  "lib/auth/account-actions.ts#confirmTotpEnrolment": {
    writes: ["auth.totp_enabled"],
    setup: async () => {
      const user = await createUser("totp");
      const secret = "JBSWY3DPEHPK3PXP";
      await db.user.update({ where: { id: user.id }, data: { totpSecret: secret } });
      actAs(user);
      const { confirmTotpEnrolment } = await import("@/lib/auth/account-actions");
      return () => confirmTotpEnrolment({ code: totpCode(secret, totpStep()) });
    },
  },
  "lib/auth/account-actions.ts#disableTotp": {
    writes: ["auth.totp_disabled"],
    setup: async () => {
      const user = await createUser("totp");
      await db.user.update({ where: { id: user.id }, data: { totpEnabled: true, totpSecret: "JBSWY3DPEHPK3PXP", passwordHash: await hashPassword("the-password-1") } });
      actAs({ ...user, totpEnabled: true });
      const { disableTotp } = await import("@/lib/auth/account-actions");
      return () => disableTotp({ password: "the-password-1" });
    },
  },
  "lib/auth/account-actions.ts#regenerateRecoveryCodes": {
    writes: ["auth.recovery_codes_regenerated"],
    setup: async () => {
      const user = await createUser("codes");
      await db.user.update({ where: { id: user.id }, data: { totpEnabled: true, totpSecret: "JBSWY3DPEHPK3PXP", passwordHash: await hashPassword("the-password-1") } });
      actAs({ ...user, totpEnabled: true });
      const { regenerateRecoveryCodes } = await import("@/lib/auth/account-actions");
      return () => regenerateRecoveryCodes({ password: "the-password-1" });
    },
  },
  "lib/auth/account-actions.ts#signOutSession": {
    writes: ["auth.session_ended"],
    setup: async () => {
      const user = await createUser("devices");
      const elsewhere = await startSession(db, user.id, { ip: "198.51.100.4", userAgent: "curl/8.5.0" });
      actAs(user);
      const { signOutSession } = await import("@/lib/auth/account-actions");
      return () => signOutSession({ sessionId: elsewhere.id });
    },
  },
  "lib/auth/account-actions.ts#signOutOtherSessions": {
    writes: ["auth.other_sessions_ended"],
    setup: async () => {
      actAs(await createUser("others"));
      const { signOutOtherSessions } = await import("@/lib/auth/account-actions");
      return () => signOutOtherSessions().catch(endsInRedirect);
    },
  },
  "lib/auth/account-actions.ts#changePassword": {
    writes: ["auth.password_changed"],
    setup: async () => {
      const user = await createUser("pw");
      await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword("the-password-1") } });
      actAs(user);
      const { changePassword } = await import("@/lib/auth/account-actions");
      return () => changePassword({ currentPassword: "the-password-1", newPassword: "the-password-2" }).catch(endsInRedirect);
    },
  },
  "lib/auth/account-actions.ts#sendEmailConfirmationAction": {
    writes: ["auth.email_confirmation_sent"],
    setup: async () => {
      actAs(await createUser("confirm"));
      const { sendEmailConfirmationAction } = await import("@/lib/auth/account-actions");
      return () => sendEmailConfirmationAction({ next: "/account" });
    },
  },
  "lib/auth/account-actions.ts#changeName": {
    writes: ["auth.name_changed"],
    setup: async () => {
      actAs(await createUser("renamed"));
      const { changeName } = await import("@/lib/auth/account-actions");
      return () => changeName({ name: "A New Name" });
    },
  },
  "lib/auth/account-actions.ts#signOutEverywhere": {
    writes: ["auth.signed_out_everywhere"],
    setup: async () => {
      actAs(await createUser("everywhere"));
      const { signOutEverywhere } = await import("@/lib/auth/account-actions");
      return () => signOutEverywhere();
    },
  },
  "lib/account/actions.ts#deleteAccountAction": {
    writes: ["member.left", "api_key.revoked", "ownership.transfer_cancelled", "auth.account_deleted"],
    setup: async () => {
      const team = await teamAs("admin");
      const admin = team.users.admin;
      await db.user.update({ where: { id: admin.id }, data: { passwordHash: await hashPassword("the-password-1") } });
      await db.apiKey.create({ data: { teamId: team.id, name: "ci", prefix: "rk_test", keyHash: `hash-${uid()}`, role: "viewer", creatorId: admin.id } });
      await transferAwaiting(team, "awaiting_recipient");
      const { deleteAccountAction } = await import("@/lib/account/actions");
      return () => deleteAccountAction({ email: admin.email, password: "the-password-1" });
    },
  },
  "lib/billing/actions.ts#updateSpendLimit": {
    writes: ["billing.spend_limit_changed"],
    setup: async () => {
      const team = await teamAs("owner");
      const { updateSpendLimit } = await import("@/lib/billing/actions");
      return () => updateSpendLimit(team.slug, { limit: "120" });
    },
  },
  "lib/billing/actions.ts#updateMonthlyBudget": {
    writes: ["billing.budget_changed"],
    setup: async () => {
      const team = await teamAs("owner");
      const { updateMonthlyBudget } = await import("@/lib/billing/actions");
      return () => updateMonthlyBudget(team.slug, { budget: "2500" });
    },
  },
  "lib/billing/actions.ts#addCredit": {
    writes: ["billing.credit_added"],
    setup: async () => {
      const team = await teamAs("admin");
      await db.paymentMethod.create({
        data: { teamId: team.id, providerRef: `local_${uid()}`, brand: "Visa", last4: "4242", expMonth: 12, expYear: 2039, billingName: "A", addressLine: "B", city: "C", postalCode: "D", country: "DE", isDefault: true },
      });
      const { addCredit } = await import("@/lib/billing/actions");
      return () => addCredit(team.slug, { amount: "50" });
    },
  },
  "lib/billing/actions.ts#updateInvoiceEmail": {
    writes: ["billing.invoice_email_changed"],
    setup: async () => {
      const team = await teamAs("owner");
      const { updateInvoiceEmail } = await import("@/lib/billing/actions");
      return () => updateInvoiceEmail(team.slug, { invoiceEmail: "accounts@example.test" });
    },
  },
  "lib/billing/actions.ts#addPaymentMethod": {
    writes: ["billing.payment_method_added"],
    setup: async () => {
      const team = await teamAs("admin");
      const { addPaymentMethod } = await import("@/lib/billing/actions");
      return () =>
        addPaymentMethod(team.slug, { cardNumber: "4242 4242 4242 4242", expiry: "12/39", billingName: "Ada Lovelace", addressLine: "1 Main St", city: "London", postalCode: "N1 9GU", country: "gb" });
    },
  },
  "lib/billing/actions.ts#setDefaultPaymentMethod": {
    writes: ["billing.default_payment_method_changed"],
    setup: async () => {
      const team = await teamAs("owner");
      const card = await paymentMethod(team.id, false);
      await paymentMethod(team.id, true);
      const { setDefaultPaymentMethod } = await import("@/lib/billing/actions");
      return () => setDefaultPaymentMethod(team.slug, { id: card.id });
    },
  },
  "lib/billing/actions.ts#removePaymentMethod": {
    writes: ["billing.payment_method_removed"],
    setup: async () => {
      const team = await teamAs("owner");
      const card = await paymentMethod(team.id, false);
      await paymentMethod(team.id, true);
      const { removePaymentMethod } = await import("@/lib/billing/actions");
      return () => removePaymentMethod(team.slug, { id: card.id });
    },
  },
  "lib/teams/actions.ts#deleteTeamAction": {
    writes: ["team.deleted"],
    setup: async () => {
      const team = await teamAs("owner");
      const { deleteTeamAction } = await import("@/lib/teams/actions");
      return () => deleteTeamAction(team.slug, { confirmName: team.name });
    },
  },
  "lib/members/actions.ts#changeMemberRoleAction": {
    writes: ["member.role_changed"],
    setup: async () => {
      const team = await teamAs("admin");
      const id = await memberId(team, "developer");
      const { changeMemberRoleAction } = await import("@/lib/members/actions");
      return () => changeMemberRoleAction(team.slug, { membershipId: id, role: "viewer" });
    },
  },
  "lib/members/actions.ts#setAccessEndAction": {
    writes: ["member.access_end_changed"],
    setup: async () => {
      const team = await teamAs("admin");
      const id = await memberId(team, "developer");
      const { setAccessEndAction } = await import("@/lib/members/actions");
      return () => setAccessEndAction(team.slug, { membershipId: id, lastDay: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) });
    },
  },
  "lib/members/actions.ts#removeMemberAction": {
    writes: ["member.removed"],
    setup: async () => {
      const team = await teamAs("admin");
      const id = await memberId(team, "viewer");
      const { removeMemberAction } = await import("@/lib/members/actions");
      return () => removeMemberAction(team.slug, { membershipId: id });
    },
  },
  "lib/members/actions.ts#changeMemberRolesAction": {
    writes: ["member.role_changed", "member.role_changed"],
    setup: async () => {
      const team = await teamAs("admin");
      const ids = [await memberId(team, "developer"), await memberId(team, "basic")];
      const { changeMemberRolesAction } = await import("@/lib/members/actions");
      return () => changeMemberRolesAction(team.slug, { membershipIds: ids, role: "viewer" });
    },
  },
  "lib/members/actions.ts#setMembersAccessEndAction": {
    writes: ["member.access_end_changed", "member.access_end_changed"],
    setup: async () => {
      const team = await teamAs("admin");
      const ids = [await memberId(team, "developer"), await memberId(team, "viewer")];
      const { setMembersAccessEndAction } = await import("@/lib/members/actions");
      return () => setMembersAccessEndAction(team.slug, { membershipIds: ids, lastDay: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) });
    },
  },
  "lib/members/actions.ts#removeMembersAction": {
    writes: ["member.removed", "member.removed"],
    setup: async () => {
      const team = await teamAs("admin");
      const ids = [await memberId(team, "viewer"), await memberId(team, "billing")];
      const { removeMembersAction } = await import("@/lib/members/actions");
      return () => removeMembersAction(team.slug, { membershipIds: ids });
    },
  },
  "lib/members/actions.ts#leaveTeamAction": {
    writes: ["member.left"],
    setup: async () => {
      const team = await teamAs("viewer");
      const { leaveTeamAction } = await import("@/lib/members/actions");
      return () => leaveTeamAction(team.slug, {});
    },
  },
  "lib/members/actions.ts#previewMemberRemoval": {
    writes: [],
    setup: async () => {
      const team = await teamAs("admin");
      const id = await memberId(team, "developer");
      const { previewMemberRemoval } = await import("@/lib/members/actions");
      return () => previewMemberRemoval(team.slug, { membershipId: id });
    },
  },
  "lib/invites/actions.ts#inviteMembersAction": {
    writes: ["invite.created", "invite.created"],
    setup: async () => {
      const team = await teamAs("admin");
      const { inviteMembersAction } = await import("@/lib/invites/actions");
      return () => inviteMembersAction(team.slug, { emails: `a-${uid()}@example.test b-${uid()}@example.test`, role: "viewer", require2fa: false });
    },
  },
  "lib/invites/actions.ts#resendInviteAction": {
    writes: ["invite.resent"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team);
      const { resendInviteAction } = await import("@/lib/invites/actions");
      return () => resendInviteAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#cancelInviteAction": {
    writes: ["invite.cancelled"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team);
      const { cancelInviteAction } = await import("@/lib/invites/actions");
      return () => cancelInviteAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#cancelInvitesAction": {
    writes: ["invite.cancelled", "invite.cancelled"],
    setup: async () => {
      const team = await teamAs("admin");
      const ids = [(await pendingInvite(team)).invitation.id, (await pendingInvite(team)).invitation.id];
      const { cancelInvitesAction } = await import("@/lib/invites/actions");
      return () => cancelInvitesAction(team.slug, { invitationIds: ids });
    },
  },
  "lib/invites/actions.ts#createInviteLinkAction": {
    writes: ["invite_link.created"],
    setup: async () => {
      const team = await teamAs("admin");
      const { createInviteLinkAction } = await import("@/lib/invites/actions");
      return () => createInviteLinkAction(team.slug, { role: "viewer", expiresInDays: "3", maxUses: "", allowedDomains: "" });
    },
  },
  "lib/invites/actions.ts#revokeInviteLinkAction": {
    writes: ["invite_link.revoked"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team, null);
      const { revokeInviteLinkAction } = await import("@/lib/invites/actions");
      return () => revokeInviteLinkAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#unlistInviteLinkAction": {
    writes: ["invite_link.unlisted"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team, null);
      await db.invitation.update({ where: { id: invitation.id }, data: { allowedDomains: ["example.test"], listed: true } });
      const { unlistInviteLinkAction } = await import("@/lib/invites/actions");
      return () => unlistInviteLinkAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#listInviteLinkAction": {
    writes: ["invite_link.listed"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team, null);
      await db.user.update({ where: { id: team.users.owner.id }, data: { emailVerified: new Date() } });
      await db.invitation.update({ where: { id: invitation.id }, data: { allowedDomains: [team.users.owner.email.split("@")[1]] } });
      const { listInviteLinkAction } = await import("@/lib/invites/actions");
      return () => listInviteLinkAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#regenerateInviteLinkAction": {
    writes: ["invite_link.regenerated"],
    setup: async () => {
      const team = await teamAs("owner");
      const { invitation } = await pendingInvite(team, null);
      const { regenerateInviteLinkAction } = await import("@/lib/invites/actions");
      return () => regenerateInviteLinkAction(team.slug, { invitationId: invitation.id });
    },
  },
  "lib/invites/actions.ts#acceptInviteAction": {
    writes: ["invite.accepted"],
    setup: async () => {
      const team = await createTeamWithEveryRole();
      const { token } = await pendingInvite(team, null);
      actAs(await createUser("joiner"));
      const { acceptInviteAction } = await import("@/lib/invites/actions");
      return () => acceptInviteAction({ token });
    },
  },
  "lib/invites/actions.ts#joinInvitedTeamAction": {
    writes: ["invite.accepted"],
    setup: async () => {
      const invitationId = await invitationToActingUser();
      const { joinInvitedTeamAction } = await import("@/lib/invites/actions");
      return () => joinInvitedTeamAction({ invitationId });
    },
  },
  "lib/invites/actions.ts#declineInvitationAction": {
    writes: ["invite.declined"],
    setup: async () => {
      const invitationId = await invitationToActingUser();
      const { declineInvitationAction } = await import("@/lib/invites/actions");
      return () => declineInvitationAction({ invitationId });
    },
  },
  "lib/invites/actions.ts#joinListedTeamAction": {
    writes: ["invite.accepted"],
    setup: async () => {
      const joiner = await createUser("joiner");
      await db.user.update({ where: { id: joiner.id }, data: { emailVerified: new Date() } });
      const { invitation } = await pendingInvite(await createTeamWithEveryRole(), null);
      await db.invitation.update({ where: { id: invitation.id }, data: { allowedDomains: ["example.test"], listed: true } });
      actAs(joiner);
      const { joinListedTeamAction } = await import("@/lib/invites/actions");
      return () => joinListedTeamAction({ invitationId: invitation.id });
    },
  },
  "lib/transfer/actions.ts#startTransferAction": {
    writes: ["ownership.transfer_requested"],
    setup: async () => {
      const team = await teamAs("owner");
      const id = await memberId(team, "admin");
      const { startTransferAction } = await import("@/lib/transfer/actions");
      return () => startTransferAction(team.slug, { membershipId: id });
    },
  },
  "lib/transfer/actions.ts#cancelTransferAction": {
    writes: ["ownership.transfer_cancelled"],
    setup: async () => {
      const team = await teamAs("owner");
      const { transfer } = await transferAwaiting(team, "awaiting_owner");
      const { cancelTransferAction } = await import("@/lib/transfer/actions");
      return () => cancelTransferAction(team.slug, { transferId: transfer.id });
    },
  },
  "lib/transfer/actions.ts#confirmTransferAction": {
    writes: ["ownership.transfer_confirmed"],
    setup: async () => {
      const team = await teamAs("owner");
      const { ownerToken } = await transferAwaiting(team, "awaiting_owner");
      const { confirmTransferAction } = await import("@/lib/transfer/actions");
      return () => confirmTransferAction({ token: ownerToken });
    },
  },
  "lib/transfer/actions.ts#acceptTransferAction": {
    writes: ["ownership.transferred"],
    setup: async () => {
      const team = await teamAs("admin");
      const { recipientToken } = await transferAwaiting(team, "awaiting_recipient");
      const { acceptTransferAction } = await import("@/lib/transfer/actions");
      return () => acceptTransferAction({ token: recipientToken });
    },
  },
  "lib/transfer/actions.ts#declineTransferAction": {
    writes: ["ownership.transfer_declined"],
    setup: async () => {
      const team = await teamAs("admin");
      const { recipientToken } = await transferAwaiting(team, "awaiting_recipient");
      const { declineTransferAction } = await import("@/lib/transfer/actions");
      return () => declineTransferAction({ token: recipientToken });
    },
  },
  "lib/roles/actions.ts#createCustomRoleAction": {
    writes: ["custom_role.created"],
    setup: async () => {
      const team = await teamAs("admin");
      const { createCustomRoleAction } = await import("@/lib/roles/actions");
      return () => createCustomRoleAction(team.slug, { name: "Auditor", description: "", permissions: ["audit.read"] });
    },
  },
  "lib/roles/actions.ts#updateCustomRoleAction": {
    writes: ["custom_role.updated"],
    setup: async () => {
      const team = await teamAs("admin");
      const role = await db.customRole.create({ data: { teamId: team.id, name: "Ops", permissions: ["members.read"] } });
      const { updateCustomRoleAction } = await import("@/lib/roles/actions");
      return () => updateCustomRoleAction(team.slug, { roleId: role.id, name: "Ops team", description: "", permissions: ["members.read", "resources.read"] });
    },
  },
  "lib/roles/actions.ts#deleteCustomRoleAction": {
    writes: ["custom_role.deleted"],
    setup: async () => {
      const team = await teamAs("admin");
      const role = await db.customRole.create({ data: { teamId: team.id, name: "Temp", permissions: ["members.read"] } });
      const { deleteCustomRoleAction } = await import("@/lib/roles/actions");
      return () => deleteCustomRoleAction(team.slug, { roleId: role.id });
    },
  },
  "lib/resources/actions.ts#createResourceAction": {
    writes: ["resource.created"],
    setup: async () => {
      const team = await teamAs("developer");
      const { createResourceAction } = await import("@/lib/resources/actions");
      return () => createResourceAction(team.slug, { kind: "volume", name: `vol-${uid()}`, sizeGb: 50, region: "eu-west-1" });
    },
  },
  "lib/resources/actions.ts#startResourceAction": {
    writes: ["resource.started"],
    setup: async () => {
      const team = await teamAs("developer");
      const pod = await resourceOf(team, "pod", "stopped");
      const { startResourceAction } = await import("@/lib/resources/actions");
      return () => startResourceAction(team.slug, { resourceId: pod.id });
    },
  },
  "lib/resources/actions.ts#stopResourceAction": {
    writes: ["resource.stopped"],
    setup: async () => {
      const team = await teamAs("developer");
      const pod = await resourceOf(team, "pod", "running");
      const { stopResourceAction } = await import("@/lib/resources/actions");
      return () => stopResourceAction(team.slug, { resourceId: pod.id });
    },
  },
  "lib/resources/actions.ts#connectResourceAction": {
    writes: ["resource.connected"],
    setup: async () => {
      const team = await teamAs("developer");
      const pod = await resourceOf(team, "pod", "running");
      const { connectResourceAction } = await import("@/lib/resources/actions");
      return () => connectResourceAction(team.slug, { resourceId: pod.id });
    },
  },
  "lib/resources/actions.ts#resizeVolumeAction": {
    writes: ["resource.resized"],
    setup: async () => {
      const team = await teamAs("developer");
      const volume = await resourceOf(team, "volume", "available");
      const { resizeVolumeAction } = await import("@/lib/resources/actions");
      return () => resizeVolumeAction(team.slug, { resourceId: volume.id, sizeGb: 200 });
    },
  },
  "lib/resources/actions.ts#invokeEndpointAction": {
    writes: ["resource.invoked"],
    setup: async () => {
      const team = await teamAs("developer");
      const endpoint = await resourceOf(team, "endpoint", "ready");
      const { invokeEndpointAction } = await import("@/lib/resources/actions");
      return () => invokeEndpointAction(team.slug, { resourceId: endpoint.id, payload: "{}" });
    },
  },
  "lib/resources/actions.ts#deleteResourceAction": {
    writes: ["resource.deleted"],
    setup: async () => {
      const team = await teamAs("developer");
      const pod = await resourceOf(team, "pod", "stopped");
      const { deleteResourceAction } = await import("@/lib/resources/actions");
      return () => deleteResourceAction(team.slug, { resourceId: pod.id });
    },
  },
};

/** A user with a confirmed address and an email invitation to it, acting; the invitation's id. */
async function invitationToActingUser(): Promise<string> {
  const invitee = await createUser("invitee");
  await db.user.update({ where: { id: invitee.id }, data: { emailVerified: new Date() } });
  const { invitation } = await pendingInvite(await createTeamWithEveryRole(), invitee.email);
  actAs(invitee);
  return invitation.id;
}

function paymentMethod(teamId: string, isDefault: boolean) {
  return db.paymentMethod.create({
    data: { teamId, providerRef: `pm_${uid()}`, brand: "visa", last4: "4242", expMonth: 12, expYear: 2039, billingName: "A", addressLine: "1 St", city: "C", postalCode: "1", country: "GB", isDefault },
  });
}

/** Actions that end in a redirect throw Next's redirect signal once they have succeeded. */
function endsInRedirect(error: unknown): undefined {
  if (error instanceof Error && error.message === "NEXT_REDIRECT") return undefined;
  throw error;
}
