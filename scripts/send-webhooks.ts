/**
 * `npm run webhooks:send`: sends each audit log webhook the events it has not had yet. Every server
 * does this every 15 seconds (lib/jobs/background-jobs.ts); deployments that set ROSTER_JOBS=off
 * run this from their own scheduler. Signing secrets are sealed with AUTH_SECRET, so it needs the app's.
 */
import { countOf } from "@/lib/text/count";
import { deliverDueWebhooks } from "@/lib/webhooks/stream";
import { requireNoticeSecret } from "./local-auth-secret";
import { withDatabase } from "./with-database";

requireNoticeSecret();

const { delivered, failed } = await withDatabase((db) => deliverDueWebhooks(db));
console.log(`${countOf(delivered, "batch", "batches")} of audit events delivered${failed ? `; ${countOf(failed, "endpoint")} failed and will be tried again` : ""}.`);
