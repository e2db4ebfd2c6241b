import { alertBudgetsOfAllTeams } from "@/lib/billing/budget";
import { issueDueInvoicesOfAllTeams } from "@/lib/billing/invoices";
import { db as appDb, type Db } from "@/lib/db/client";
import { sendAllDueNotices } from "@/lib/email/notice-queue";
import { sendAccessEndedNotices, sendAccessReminders } from "@/lib/members/access-reminders";
import { countOf } from "@/lib/text/count";
import { deliverDueWebhooks } from "@/lib/webhooks/stream";
import { startSchedule, type Job } from "./schedule";

const HOUR = 3_600_000;

/**
 * What every server runs beside its requests, so that no outside scheduler is needed: the mail
 * queue's retries, audit log webhooks, access reminders, each month's invoices and budget alerts. Each is safe to run from several
 * instances at once (they claim their rows, or lock the team). Deleting old usage
 * (`npm run usage:prune`) is left to the operator: it is a choice of retention, not upkeep.
 */
export function backgroundJobs(db: Db, now = () => new Date()): Job[] {
  return [
    {
      name: "mail queue",
      everyMs: 30_000,
      async run() {
        const { sent, failed } = await sendAllDueNotices(db);
        if (sent + failed === 0) return null;
        return `${countOf(sent, "queued email")} sent` + (failed ? `; ${failed} could not go and stay queued` : "");
      },
    },
    {
      name: "audit webhooks",
      everyMs: 15_000,
      async run() {
        const { delivered, failed } = await deliverDueWebhooks(db, now());
        if (delivered + failed === 0) return null;
        return `${countOf(delivered, "batch", "batches")} of audit events delivered` + (failed ? `; ${countOf(failed, "endpoint")} failed and will be tried again` : "");
      },
    },
    {
      name: "access reminders",
      everyMs: HOUR,
      async run() {
        const reminders = await sendAccessReminders(db, now());
        const ended = await sendAccessEndedNotices(db, now());
        const failed = reminders.failed + ended.failed;
        if (reminders.sent + ended.sent + failed === 0) return null;
        return `${countOf(reminders.sent, "reminder")} sent; ${countOf(ended.sent, "team")} told whose access has ended` + (failed ? `; ${failed} could not be made (tried again next hour)` : "");
      },
    },
    {
      name: "invoices",
      everyMs: HOUR,
      async run() {
        const issued = await issueDueInvoicesOfAllTeams(db, now());
        return issued ? `${countOf(issued, "invoice")} issued` : null;
      },
    },
    {
      name: "budget alerts",
      everyMs: HOUR,
      async run() {
        const alerted = await alertBudgetsOfAllTeams(db, now());
        return alerted ? `${countOf(alerted, "team")} told of its spend against its monthly budget` : null;
      },
    },
  ];
}

const shared = globalThis as unknown as { rosterJobs?: true };

/**
 * Starts the jobs in this server process, on the app's own database client (the embedded database
 * takes one connection at a time), unless ROSTER_JOBS=off. Once per process: Next may call its
 * instrumentation hook more than once. The first runs wait until the server has started.
 */
export function startBackgroundJobs(): void {
  if (process.env.ROSTER_JOBS === "off" || shared.rosterJobs) return;
  shared.rosterJobs = true;
  startSchedule(backgroundJobs(appDb), { firstAfterMs: 10_000 });
}
