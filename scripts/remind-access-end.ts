/**
 * `npm run access:remind`: emails each member whose temporary access ends within the week, once per
 * end date. Run it daily from a scheduler; running it more often sends nothing twice. Exits 1 when
 * a mail could not go (it is tried again on the next run).
 */
import { sendAccessReminders } from "@/lib/members/access-reminders";
import { withDatabase } from "./with-database";

const { sent, failed } = await withDatabase((db) => sendAccessReminders(db));
console.log(`${sent} access reminder${sent === 1 ? "" : "s"} sent${failed ? `, ${failed} could not be sent (see above)` : ""}.`);
if (failed) process.exitCode = 1;
