import { after } from "next/server";
import { db, type Db, type Tx } from "@/lib/db/client";
import { recordNotice, sendDueNotices, sendRecordedNotices } from "@/lib/email/notice-queue";
import type { Notice } from "@/lib/email/notice-templates";

/** Records a mail a change sends to whom it touches (an invitation, a role changed, a member removed). */
export type Notify = (notice: Notice) => Promise<void>;

/**
 * The notices of one change: recorded in its transaction (never for a change that rolled back: one
 * refusal in a bulk change undoes every row), sent once it has committed and the response is
 * written, so neither rendering them nor the mail provider keeps the team's lock or the person
 * waiting. What cannot be sent then stays recorded and is retried (lib/email/notice-queue.ts).
 */
export function noticeQueue(): { notifyIn: (tx: Tx | Db) => Notify; sendAll: () => Promise<void> } {
  const recorded: string[] = [];
  return {
    notifyIn: (tx) => async (notice) => void recorded.push(await recordNotice(tx, notice)),
    sendAll: async () => {
      const ids = recorded.splice(0);
      if (!ids.length) return;
      try {
        after(async () => {
          try {
            await sendRecordedNotices(db, ids);
            // Also those left by requests that ended before sending theirs, or whose next try has come.
            await sendDueNotices(db);
          } catch (error) {
            console.error("[roster] could not send notices; they stay queued:", error);
          }
        });
      } catch {
        // Outside a request (tests, scripts) there is no response to wait for.
        await sendRecordedNotices(db, ids);
      }
    },
  };
}

/** Runs `change` in one transaction with its notices, and sends them once it has committed. */
export async function withNotices<T>(client: Db, change: (tx: Tx, notify: Notify) => Promise<T>): Promise<T> {
  const { notifyIn, sendAll } = noticeQueue();
  const result = await client.$transaction((tx) => change(tx, notifyIn(tx)));
  await sendAll();
  return result;
}
