import type { ReactElement } from "react";
import { open, seal } from "@/lib/auth/secret-box";
import type { Attachment } from "./send";
import { AccessEndedEmail } from "./templates/access-ended";
import { AccessEndingEmail } from "./templates/access-ending";
import { AccountDeletedEmail } from "./templates/account-deleted";
import { BudgetReachedEmail } from "./templates/budget-reached";
import { CreditAddedEmail } from "./templates/credit-added";
import { InvitationEmail } from "./templates/invitation";
import { InvitationDeclinedEmail } from "./templates/invitation-declined";
import { InvitationUndeliveredEmail } from "./templates/invitation-undelivered";
import { InvoiceEmailChangedEmail } from "./templates/invoice-email-changed";
import { InvoiceIssuedEmail } from "./templates/invoice-issued";
import { AccessEndChangedEmail, RoleChangedEmail } from "./templates/membership-changed";
import { RemovedFromTeamEmail } from "./templates/removed-from-team";
import { SecurityNoticeEmail } from "./templates/security-notice";
import { WelcomeEmail } from "./templates/welcome";

/** The emails a change queues for after it commits (see notice-queue.ts), by the name stored with each:
 *  those that report a change, where the change stands whether or not the mail can go. */
const TEMPLATES = {
  invitation: InvitationEmail,
  invitationDeclined: InvitationDeclinedEmail,
  invitationUndelivered: InvitationUndeliveredEmail,
  roleChanged: RoleChangedEmail,
  accessEndChanged: AccessEndChangedEmail,
  removedFromTeam: RemovedFromTeamEmail,
  securityNotice: SecurityNoticeEmail,
  welcome: WelcomeEmail,
  accountDeleted: AccountDeletedEmail,
  invoiceIssued: InvoiceIssuedEmail,
  invoiceEmailChanged: InvoiceEmailChangedEmail,
  creditAdded: CreditAddedEmail,
  budgetReached: BudgetReachedEmail,
  accessEnding: AccessEndingEmail,
  accessEnded: AccessEndedEmail,
} satisfies Record<string, (props: never) => ReactElement>;

type Templates = typeof TEMPLATES;
export type NoticeTemplate = keyof Templates;

/** One notice: its address, subject, the template that renders it with these props, and any files it carries; an invitation's names the invitation. */
export type Notice = {
  [K in NoticeTemplate]: { to: string; subject: string; template: K; props: Parameters<Templates[K]>[0]; attachments?: Attachment[] } & (K extends "invitation"
    ? { invitationId: string }
    : { invitationId?: never });
}[NoticeTemplate];

const DATE = "$date";

/**
 * Props as they are stored for the notice `id`: JSON with each Date marked so that it comes back a
 * Date, sealed, because some carry a link that admits whoever holds it (an invitation's token is
 * otherwise only stored hashed).
 */
export function storedProps(props: Notice["props"], id: string): { sealed: string } {
  const json = JSON.stringify(props, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE]: raw.toISOString() } : value;
  });
  return { sealed: seal("notice", json, id) };
}

/** The email a stored notice renders to; throws for a template this version no longer has, or props that do not open. */
export function noticeElement(id: string, template: string, stored: unknown): ReactElement {
  if (!Object.hasOwn(TEMPLATES, template)) throw new Error(`No notice template "${template}"`);
  const props = JSON.parse(open("notice", (stored as { sealed: string }).sealed, id), (_, value) =>
    value && typeof value === "object" && Object.keys(value).length === 1 && typeof value[DATE] === "string" ? new Date(value[DATE]) : value,
  );
  return (TEMPLATES[template as NoticeTemplate] as (props: unknown) => ReactElement)(props);
}
