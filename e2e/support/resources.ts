import pg from "pg";
import { E2E_DATABASE_URL } from "./database";

/** Stopped pods created by the user with this email, oldest first by name (pod-00, pod-01, …). */
export async function insertPods(team: string, creatorEmail: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Resource" (id, "teamId", kind, name, status, "creatorId", "createdAt")
       SELECT 'e2e_' || t.id || '_' || n, t.id, 'pod', 'pod-' || lpad((n - 1)::text, 2, '0'), 'stopped', u.id, now() - make_interval(mins => $3 - n)
       FROM generate_series(1, $3::int) n, "Team" t, "User" u WHERE t.slug = $1 AND u.email = $2`,
      [team, creatorEmail, count],
    );
  } finally {
    await client.end();
  }
}
