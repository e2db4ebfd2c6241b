import { after } from "next/server";
import { db } from "@/lib/db/client";
import { sendNotice, type Email } from "@/lib/email/send";

/** Queues a mail that reports a change (a role changed, a member removed) to whom it touches. */
export type Notify = (email: Email) => void;

/**
 * The notices a change queues go out once its transaction has committed, and after the response:
 * never for a change that rolled back (one refusal in a bulk change undoes every row), and neither
 * rendering them nor the mail provider keeps the team's lock or the person waiting. A notice that
 * cannot go is logged; the change stands.
 */
export function noticeQueue(): { notify: Notify; sendAll: () => Promise<void> } {
  const queued: Email[] = [];
  return {
    notify: (email) => void queued.push(email),
    sendAll: async () => {
      const batch = queued.splice(0);
      if (!batch.length) return;
      const send = async () => {
        for (const email of batch) await sendNotice(db, email);
      };
      try {
        after(send);
      } catch {
        // Outside a request (tests, scripts) there is no response to wait for.
        await send();
      }
    },
  };
}
