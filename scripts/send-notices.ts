/**
 * `npm run notices:send`: sends the change notices (a role changed, a member removed) that are due:
 * their request ended before sending them, or the mail provider refused them and their next try has
 * come. Each request that records notices also sends these, so this is for quiet times: run it every
 * few minutes from a scheduler. Exits 1 when one could not go (it stays queued for its next try).
 */
import { sendDueNotices } from "@/lib/email/notice-queue";
import { withDatabase } from "./with-database";

const BATCH = 100;

const total = await withDatabase(async (db) => {
  const sum = { sent: 0, failed: 0 };
  for (;;) {
    const batch = await sendDueNotices(db, BATCH);
    sum.sent += batch.sent;
    sum.failed += batch.failed;
    if (batch.sent + batch.failed < BATCH) return sum;
  }
});
console.log(`${total.sent} notice${total.sent === 1 ? "" : "s"} sent` + (total.failed ? `; ${total.failed} could not be sent (see above) and stay queued.` : "."));
if (total.failed) process.exitCode = 1;
