import { render } from "@react-email/components";
import type { ReactElement } from "react";
import { Resend } from "resend";
import type { Db, Tx } from "@/lib/db/client";

export type Email = { to: string; subject: string; react: ReactElement };

let resend: Resend | undefined;

/** Sends through Resend when RESEND_API_KEY is set; otherwise keeps the message in the
 *  outbox table (shown at /dev/outbox in development, read by the tests). */
export async function sendEmail(client: Db | Tx, email: Email): Promise<void> {
  const [html, text] = await Promise.all([render(email.react), render(email.react, { plainText: true })]);
  const apiKey = process.env.RESEND_API_KEY;
  if (!apiKey) {
    await client.outboxEmail.create({ data: { to: email.to, subject: email.subject, html, text } });
    return;
  }
  resend ??= new Resend(apiKey, { baseUrl: process.env.RESEND_BASE_URL });
  const { error } = await resend.emails.send({
    from: process.env.EMAIL_FROM ?? "Roster <no-reply@roster.dev>",
    to: email.to,
    subject: email.subject,
    html,
    text,
  });
  if (error) throw new Error(`Resend refused the email: ${error.message}`);
}

/**
 * Mail that reports a change rather than carrying it (a security notice, a removal): the change
 * stands when the mail cannot go, so an email provider that is down never blocks a sign-in or a
 * removal. The failure is logged.
 */
export async function sendNotice(client: Db | Tx, email: Email): Promise<void> {
  try {
    await sendEmail(client, email);
  } catch (error) {
    console.error(`[roster] could not send "${email.subject}" to ${email.to}:`, error);
  }
}
