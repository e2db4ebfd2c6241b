import { appUrl } from "@/lib/app-url";
import type { RequestContext } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { sendNotice } from "@/lib/email/send";
import { SECURITY_CHANGES, SecurityNoticeEmail, type SecurityChange } from "@/lib/email/templates/security-notice";
import { describeDevice } from "./device";

/** Mails the account's address about a change to how it signs in, in the transaction that makes the change. */
export async function sendSecurityNotice(tx: Tx, user: { email: string; name: string }, change: SecurityChange, request: RequestContext): Promise<void> {
  const at = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const resetUrl = appUrl(`/sign-in/forgot?${new URLSearchParams({ email: user.email })}`);
  await sendNotice(tx, {
    to: user.email,
    subject: SECURITY_CHANGES[change].subject,
    react: SecurityNoticeEmail({ change, name: user.name, device: describeDevice(request.userAgent), ip: request.ip, at, resetUrl }),
  });
}
