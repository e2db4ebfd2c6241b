/**
 * `npm run usage:prune [-- --days N]`: deletes hourly usage records that ended more than N days
 * ago (default 400). Reports and invoices read the daily rollup, which keeps them. Exits 2 on bad usage.
 */
import { pruneUsageRecords, retentionDaysArg } from "@/lib/billing/usage-retention";
import { withDatabase } from "./with-database";

const days = retentionDaysArg(process.argv.slice(2));
if (days === null) {
  console.error("Usage: npm run usage:prune [-- --days N]   (N: whole days, at least 1)");
  process.exit(2);
}
const deleted = await withDatabase((db) => pruneUsageRecords(db, days));
console.log(`${deleted} hourly usage records older than ${days} days deleted; billing reports are unchanged.`);
