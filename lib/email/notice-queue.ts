import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { invitationMailFailed, invitationMailSent, invitationMailStates, invitationMailWithheld } from "@/lib/invites/mail-status";
import { noticeElement, storedProps, type Notice } from "./notice-templates";
import { MailRefused, sendEmail, type Attachment } from "./send";

/** How long the request that made a change has to send its notices before a sweep may take them. */
const OWN_TURN_MS = 60_000;
/** How long a sender holds the notices it took: one that stops while sending leaves them to a sweep after this. */
const LEASE_MS = 5 * 60_000;
/** After a failed try, the next in 2, 4, 8 … minutes, at most a day apart; after this many tries (about four days) it is dropped. */
export const MAX_NOTICE_ATTEMPTS = 14;
const retryDelayMs = (attempts: number) => Math.min(2 ** attempts, 24 * 60) * 60_000;

type Taken = { id: string; to: string; subject: string; template: string; props: unknown; attachments: Attachment[] | null; attempts: number; invitationId: string | null };

const after = (ms: number) => new Date(Date.now() + ms);

/** Writes a notice in the change's transaction: it exists only if the change commits. Returns its id. */
export async function recordNotice(tx: Tx | Db, { to, subject, template, props, attachments, invitationId }: Notice): Promise<string> {
  const id = randomUUID();
  await tx.pendingNotice.create({ data: { id, to, subject, template, props: storedProps(props, id), attachments, invitationId, nextAttemptAt: after(OWN_TURN_MS) } });
  return id;
}

/** Sends the notices a request recorded, once its transaction has committed; any a sweep already took are skipped. */
export async function sendRecordedNotices(db: Db, ids: string[]): Promise<{ sent: number; failed: number }> {
  return deliver(db, await take(db, Prisma.sql`id = ANY(${ids}) AND attempts = 0`));
}

/**
 * Sends up to `limit` notices that are due: their request ended before sending them, or the mail
 * provider refused them and their next try has come. Concurrent sweeps take different notices.
 */
export async function sendDueNotices(db: Db, limit = 50): Promise<{ sent: number; failed: number }> {
  const due = Prisma.sql`id IN (SELECT id FROM "PendingNotice" WHERE "nextAttemptAt" <= ${new Date()} ORDER BY "nextAttemptAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)`;
  return deliver(db, await take(db, due));
}

/** Sends every notice that is due, `batch` at a time, until a batch comes back short. */
export async function sendAllDueNotices(db: Db, batch = 100): Promise<{ sent: number; failed: number }> {
  const sum = { sent: 0, failed: 0 };
  for (;;) {
    const done = await sendDueNotices(db, batch);
    sum.sent += done.sent;
    sum.failed += done.failed;
    if (done.sent + done.failed < batch) return sum;
  }
}

/** Takes the notices `which` picks for this sender: counted as a try, and out of any sweep's reach for the lease. */
function take(db: Db, which: Prisma.Sql): Promise<Taken[]> {
  return db.$queryRaw<Taken[]>`
    UPDATE "PendingNotice" SET attempts = attempts + 1, "nextAttemptAt" = ${after(LEASE_MS)}
    WHERE ${which}
    RETURNING id, "to", subject, template, props, attachments, attempts, "invitationId"`;
}

async function deliver(db: Db, taken: Taken[]): Promise<{ sent: number; failed: number }> {
  let [sent, failed] = [0, 0];
  const followUps: string[] = [];
  const invitations = await invitationMailStates(db, taken.flatMap((notice) => notice.invitationId ?? []));
  for (const notice of taken) {
    const invitation = notice.invitationId ? invitations.get(notice.invitationId) : undefined;
    // An invitation's email is only worth sending while its link can still be used.
    if (notice.invitationId && !invitation?.live) {
      if (invitation?.withdrawn) await invitationMailWithheld(db, notice.invitationId);
      await db.pendingNotice.deleteMany({ where: { id: notice.id } });
      continue;
    }
    try {
      const react = noticeElement(notice.id, notice.template, notice.props);
      await sendEmail(db, { to: notice.to, subject: notice.subject, react, attachments: notice.attachments ?? undefined });
      if (notice.invitationId && invitation?.failing) await invitationMailSent(db, notice.invitationId);
      await db.pendingNotice.deleteMany({ where: { id: notice.id } });
      sent++;
    } catch (error) {
      failed++;
      const last = notice.attempts >= MAX_NOTICE_ATTEMPTS || (error instanceof MailRefused && error.final);
      console.error(`[roster] could not send "${notice.subject}" to ${notice.to} (try ${notice.attempts}${last ? ", the last: dropped" : ""}):`, error);
      const retryAt = last ? null : after(retryDelayMs(notice.attempts));
      if (retryAt) await db.pendingNotice.updateMany({ where: { id: notice.id }, data: { nextAttemptAt: retryAt, lastError: String(error).slice(0, 1000) } });
      else await db.pendingNotice.deleteMany({ where: { id: notice.id } });
      const inviterNotice = notice.invitationId && (await invitationMailFailed(db, notice.invitationId, mailErrorText(error), retryAt));
      if (inviterNotice) followUps.push(await recordNotice(db, inviterNotice));
    }
  }
  if (followUps.length === 0) return { sent, failed };
  const more = await sendRecordedNotices(db, followUps);
  return { sent: sent + more.sent, failed: failed + more.failed };
}

/** What the team's admins are shown: the provider's own words, or that the fault is ours (the log says more). */
function mailErrorText(error: unknown): string {
  return error instanceof MailRefused ? `The mail provider refused it: ${error.reason}`.slice(0, 500) : "It could not be prepared for sending; the server log says why.";
}
