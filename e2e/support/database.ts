import pg from "pg";

/** The e2e server's embedded database, for tests that set up data no user journey makes. */
export const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_PGLITE_PORT ?? "5499"}/postgres`;

/** Makes the temporary access of `email`'s memberships end a second ago, as if their last day had passed. */
export async function endAccessOf(email: string) {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "Membership" SET "accessEndsAt" = now() - interval '1 second' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]);
  } finally {
    await client.end();
  }
}
