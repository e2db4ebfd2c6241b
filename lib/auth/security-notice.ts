import { appUrl } from "@/lib/app-url";
import type { RequestContext } from "@/lib/audit/record";
import type { Notice } from "@/lib/email/notice-templates";
import { SECURITY_CHANGES, type SecurityChange } from "@/lib/email/templates/security-notice";
import { describeDevice } from "./device";

/** The mail to the account's address about a change to how it signs in, from this request. */
export function securityNotice(user: { email: string; name: string }, change: SecurityChange, request: RequestContext): Notice {
  const at = `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const resetUrl = appUrl(`/sign-in/forgot?${new URLSearchParams({ email: user.email })}`);
  return {
    to: user.email,
    subject: SECURITY_CHANGES[change].subject,
    template: "securityNotice",
    props: { change, name: user.name, device: describeDevice(request.userAgent), ip: request.ip, at, resetUrl },
  };
}
