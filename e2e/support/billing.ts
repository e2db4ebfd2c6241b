import type { Page } from "@playwright/test";
import pg from "pg";
import { demoEmail } from "../../lib/demo/seed";
import type { BuiltInRole } from "../../lib/permissions";
import { E2E_DATABASE_URL } from "./database";

type Usage = { role: BuiltInRole; kind: string; name: string; startedAt: Date; hours: number; centsPerHour: number };

/** Writes usage records straight into the e2e server's embedded database, as resources would. */
export async function insertUsage(team: string, usage: Usage[]): Promise<void> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Team" WHERE slug = $1`, [team]);
    for (const u of usage) {
      const user = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [demoEmail(u.role)]);
      for (let h = 0; h < u.hours; h++) {
        const start = new Date(u.startedAt.getTime() + h * 3_600_000);
        await client.query(
          `INSERT INTO "UsageRecord" ("teamId", "resourceId", "resourceKind", "resourceName", "userId", "startedAt", "endedAt", cents) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [rows[0].id, `e2e-${u.name}`, u.kind, u.name, user.rows[0].id, start.toISOString(), new Date(start.getTime() + 3_600_000).toISOString(), u.centsPerHour],
        );
      }
    }
  } finally {
    await client.end();
  }
}

/** One hour of pod usage by `email` in the team `slug`, as a resource would have recorded it. */
export async function insertUsageBy(slug: string, email: string, startedAt: Date, cents: number): Promise<void> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "UsageRecord" ("teamId", "resourceId", "resourceKind", "resourceName", "userId", "startedAt", "endedAt", cents)
       SELECT t.id, 'e2e-pod', 'pod', 'e2e pod', u.id, $3::timestamp, $3::timestamp + interval '1 hour', $4 FROM "Team" t, "User" u WHERE t.slug = $1 AND u.email = $2`,
      [slug, email, startedAt.toISOString().replace("Z", ""), cents],
    );
  } finally {
    await client.end();
  }
}

/** People who have left (no membership) with one hour of pod usage each, the first costing most. */
export async function insertFormerSpenders(team: string, count: number, startedAt: Date): Promise<string[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  const run = Date.now().toString(36);
  const names = Array.from({ length: count }, (_, i) => `Spender ${String(i + 1).padStart(2, "0")}`);
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Team" WHERE slug = $1`, [team]);
    const ids = names.map((_, i) => `e2e-${run}-spender-${i}`);
    await client.query(`INSERT INTO "User" (id, email, name) SELECT id, id || '@spenders.test', name FROM unnest($1::text[], $2::text[]) AS x(id, name)`, [ids, names]);
    await client.query(
      `INSERT INTO "UsageRecord" ("teamId", "resourceId", "resourceKind", "resourceName", "userId", "startedAt", "endedAt", cents)
       SELECT $1, id || '-pod', 'pod', 'pod', id, $3::timestamp, $3::timestamp + interval '1 hour', 1000 - n::int FROM unnest($2::text[]) WITH ORDINALITY AS x(id, n)`,
      [rows[0].id, ids, startedAt.toISOString().replace("Z", "")],
    );
  } finally {
    await client.end();
  }
  return names;
}

export function utcMonthStart(monthsFromNow: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + monthsFromNow, 1));
}

/** Fills the "Add a card" form (labels as the payment methods page shows them) and submits it. */
export async function addCard(page: Page, card: { name: string; number: string; expiry: string; street: string; city: string; postalCode: string; country: string }) {
  await page.getByLabel("Name on card").fill(card.name);
  await page.getByLabel("Card number").fill(card.number);
  await page.getByLabel("Expiry (MM/YY)").fill(card.expiry);
  await page.getByLabel("Street address").fill(card.street);
  await page.getByLabel("City").fill(card.city);
  await page.getByLabel("Postal code").fill(card.postalCode);
  await page.getByLabel("Country code").fill(card.country);
  await page.getByRole("button", { name: "Add card" }).click();
}
