import { db } from "@/lib/db/client";
import { sendNotice, type Email } from "@/lib/email/send";

/** Queues a mail that reports a change (a role changed, a member removed) to whom it touches. */
export type Notify = (email: Email) => void;

/**
 * The notices a change queues go out once its transaction has committed: never for a change that
 * rolled back (one refusal in a bulk change undoes every row), and no mail provider call holds the
 * transaction and its locks open. A notice that cannot go is logged; the change stands.
 */
export function noticeQueue(): { notify: Notify; sendAll: () => Promise<void> } {
  const queued: Email[] = [];
  return {
    notify: (email) => void queued.push(email),
    sendAll: async () => {
      for (const email of queued.splice(0)) await sendNotice(db, email);
    },
  };
}
