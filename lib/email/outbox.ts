import type { Attachment } from "./send";

/** The outbox (kept mail, when RESEND_API_KEY is unset) is shown in development, and in production only with ROSTER_OUTBOX=1 (the e2e server). */
export const outboxShown = () => process.env.NODE_ENV !== "production" || process.env.ROSTER_OUTBOX === "1";

/** A kept email's attachments, as sendEmail stored them. */
export function keptAttachments(stored: unknown): Attachment[] {
  return Array.isArray(stored) ? (stored as Attachment[]) : [];
}
