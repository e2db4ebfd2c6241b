/**
 * `npm run notices:send`: sends the queued emails (invitations, a role changed, a member removed) that are due:
 * their request ended before sending them, or the mail provider refused them and their next try has
 * come. Each request that records notices also sends these, so this is for quiet times: run it every
 * few minutes from a scheduler, with the app's DATABASE_URL and AUTH_SECRET. Exits 1 when one could
 * not go (it stays queued for its next try).
 */
import { sendAllDueNotices } from "@/lib/email/notice-queue";
import { requireNoticeSecret } from "./local-auth-secret";
import { withDatabase } from "./with-database";

requireNoticeSecret();

const total = await withDatabase(sendAllDueNotices);
console.log(`${total.sent} notice${total.sent === 1 ? "" : "s"} sent` + (total.failed ? `; ${total.failed} could not be sent (see above) and stay queued.` : "."));
if (total.failed) process.exitCode = 1;
