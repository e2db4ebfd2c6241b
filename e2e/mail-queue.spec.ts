import { randomUUID } from "node:crypto";
import pg from "pg";
import { seal } from "../lib/auth/secret-box";
import { E2E_DATABASE_URL } from "./support/database";
import { openOutbox } from "./support/outbox";
import { E2E_AUTH_SECRET } from "./support/server";
import { expect, test } from "./support/test";

test("queued mail that its request never sent goes out on its own, without a scheduler", async ({ page }) => {
  // As a server that stopped between committing a removal and mailing its notice leaves it: due, never tried.
  const [id, to] = [randomUUID(), `queued-${randomUUID()}@example.test`];
  const props = { sealed: seal("notice", JSON.stringify({ name: "Rue", teamName: "Acme", by: "Olivia", apiKeysRevoked: 0 }), id, E2E_AUTH_SECRET) };
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "PendingNotice" (id, "to", subject, template, props, "nextAttemptAt", "createdAt") VALUES ($1, $2, 'You were removed from Acme on Roster', 'removedFromTeam', $3, now() - interval '1 second', now())`,
      [id, to, props],
    );
    // The server's mail queue job runs every 30 seconds.
    await expect.poll(async () => (await client.query(`SELECT count(*)::int AS n FROM "PendingNotice" WHERE id = $1`, [id])).rows[0].n, { timeout: 45_000, intervals: [1000] }).toBe(0);
  } finally {
    await client.end();
  }
  await openOutbox(page, to);
  await expect(page.getByTestId("outbox-email")).toHaveCount(1);
  await expect(page.getByTestId("outbox-email")).toContainText("Olivia removed you from the team Acme");
});
