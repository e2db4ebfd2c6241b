import { randomBytes } from "node:crypto";
import pg from "pg";
import { demoEmail } from "../../lib/demo/seed";
import { E2E_DATABASE_URL } from "./database";

/** Active Viewer keys made by the team's Owner, straight in the e2e server's database; returns their names, oldest first. */
export async function insertApiKeys(team: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  const run = Date.now().toString(36);
  const names = Array.from({ length: count }, (_, i) => `bulk-${run}-${String(i).padStart(2, "0")}`);
  try {
    await client.query(
      `INSERT INTO "ApiKey" (id, "teamId", name, prefix, "keyHash", role, "creatorId", "createdAt")
       SELECT 'e2e_' || n || '_' || x.name, t.id, x.name, 'rk_' || substr(md5(x.name), 1, 8), md5(x.name || $4), 'viewer', u.id, now() - make_interval(secs => $5 - n)
       FROM unnest($2::text[]) WITH ORDINALITY AS x(name, n), "Team" t, "User" u WHERE t.slug = $1 AND u.email = $3`,
      [team, names, demoEmail("owner"), randomBytes(8).toString("hex"), count],
    );
  } finally {
    await client.end();
  }
  return names;
}
