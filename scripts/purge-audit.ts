/** `npm run audit:purge`: deletes audit events older than each team's retention setting. */
import { purgeAllTeams } from "@/lib/audit/retention";
import { withDatabase } from "./with-database";

const report = await withDatabase((db) => purgeAllTeams(db));
if (report.length === 0) console.log("No team has an audit retention setting; nothing to purge.");
for (const { slug, deleted } of report) console.log(`${slug}: ${deleted} expired events deleted`);
