/**
 * `npm run budget:alert`: tells the billing recipients of each team with a monthly budget when this
 * month's spend has reached 50, 80 or 100% of it, once per mark and month. Every server runs it
 * hourly (lib/jobs/background-jobs.ts); running it more often sends nothing twice. The mails go
 * through the mail queue.
 */
import { alertBudgetsOfAllTeams } from "@/lib/billing/budget";
import { countOf } from "@/lib/text/count";
import { requireNoticeSecret } from "./local-auth-secret";
import { withDatabase } from "./with-database";

requireNoticeSecret();

const alerted = await withDatabase((db) => alertBudgetsOfAllTeams(db, new Date()));
console.log(`${countOf(alerted, "team")} told of its spend against its monthly budget.`);
