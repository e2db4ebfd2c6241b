import { render } from "@react-email/components";
import type { ReactElement } from "react";
import { Resend } from "resend";
import type { Db, Tx } from "@/lib/db/client";

/** A file sent with an email; `content` is base64. */
export type Attachment = { filename: string; content: string };
export type Email = { to: string; subject: string; react: ReactElement; attachments?: Attachment[] };

/** The mail provider would not take a message: `reason` is its own words, `final` when sending it again cannot help. */
export class MailRefused extends Error {
  constructor(
    readonly reason: string,
    readonly final: boolean,
  ) {
    super(`Resend refused the email: ${reason}`);
  }
}

let resend: Resend | undefined;

/** Sends through Resend when RESEND_API_KEY is set; otherwise keeps the message in the
 *  outbox table (shown at /dev/outbox in development, read by the tests). */
export async function sendEmail(client: Db | Tx, email: Email): Promise<void> {
  const [html, text] = await Promise.all([render(email.react), render(email.react, { plainText: true })]);
  const apiKey = process.env.RESEND_API_KEY;
  if (!apiKey) {
    await client.outboxEmail.create({ data: { to: email.to, subject: email.subject, html, text, attachments: email.attachments } });
    return;
  }
  resend ??= new Resend(apiKey, { baseUrl: process.env.RESEND_BASE_URL });
  const { error } = await resend.emails.send({
    from: process.env.EMAIL_FROM ?? "Roster <no-reply@roster.dev>",
    to: email.to,
    subject: email.subject,
    html,
    text,
    attachments: email.attachments,
  });
  // 422: the message itself is invalid (its address, say), where other refusals pass (an outage, a limit).
  if (error) throw new MailRefused(error.message, error.statusCode === 422);
}
