/**
 * `npm run audit:verify -- <team-slug>` or `npm run audit:verify -- --all`: checks each team's
 * audit hash chain and prints the first broken link. Exits 1 when a chain is broken, 2 on bad usage.
 */
import { verifyTeamChain } from "@/lib/audit/verify";
import { withDatabase } from "./with-database";

const arg = process.argv[2];
if (!arg || (arg.startsWith("-") && arg !== "--all")) {
  console.error("Usage: npm run audit:verify -- <team-slug> | --all");
  process.exit(2);
}

const code = await withDatabase(async (db) => {
  const teams = await db.team.findMany({ where: arg === "--all" ? {} : { slug: arg }, select: { id: true, slug: true }, orderBy: { slug: "asc" } });
  if (teams.length === 0) {
    console.error(arg === "--all" ? "There are no teams." : `No team with the URL "${arg}".`);
    return 2;
  }
  let broken = 0;
  for (const team of teams) {
    const report = await verifyTeamChain(db, team.id);
    if (report.ok) console.log(`${team.slug}: intact (${report.checked} events)`);
    else {
      broken++;
      console.log(`${team.slug}: BROKEN at event ${report.brokenAt}: ${report.reason} (${report.checked} events before it are intact)`);
    }
  }
  return broken > 0 ? 1 : 0;
}).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 2;
});
process.exit(code);
