/**
 * `npm run access:remind`: emails each member whose temporary access ends within the week, once per
 * end date, and tells each team's Owners and Admins whose access has ended since they were last
 * told. Run it daily from a scheduler; running it more often sends nothing twice. Exits 1 when a
 * mail could not go (it is tried again on the next run).
 */
import { sendAccessEndedNotices, sendAccessReminders } from "@/lib/members/access-reminders";
import { withDatabase } from "./with-database";

const { reminders, notices } = await withDatabase(async (db) => ({ reminders: await sendAccessReminders(db), notices: await sendAccessEndedNotices(db) }));
const failed = reminders.failed + notices.failed;
console.log(
  `${reminders.sent} access reminder${reminders.sent === 1 ? "" : "s"} sent; ${notices.sent} team${notices.sent === 1 ? "" : "s"} told whose access has ended` +
    (failed ? `; ${failed} could not be sent (see above).` : "."),
);
if (failed) process.exitCode = 1;
