/**
 * `npm run access:remind`: emails each member whose temporary access ends within the week, once per
 * end date, and tells each team's Owners and Admins whose access has ended since they were last
 * told. Every server runs it hourly (lib/jobs/background-jobs.ts); running it more often sends
 * nothing twice. The mails go through the mail queue. Exits 1 when a reminder could not be made (it
 * is tried again on the next run).
 */
import { sendAccessEndedNotices, sendAccessReminders } from "@/lib/members/access-reminders";
import { requireNoticeSecret } from "./local-auth-secret";
import { withDatabase } from "./with-database";

requireNoticeSecret();

const { reminders, notices } = await withDatabase(async (db) => ({ reminders: await sendAccessReminders(db), notices: await sendAccessEndedNotices(db) }));
const failed = reminders.failed + notices.failed;
console.log(
  `${reminders.sent} access reminder${reminders.sent === 1 ? "" : "s"} sent; ${notices.sent} team${notices.sent === 1 ? "" : "s"} told whose access has ended` +
    (failed ? `; ${failed} could not be made (see above) and are tried again on the next run.` : "."),
);
if (failed) process.exitCode = 1;
