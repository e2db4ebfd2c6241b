import { randomUUID } from "node:crypto";
import pg from "pg";
import { actorLabelSql, actorSearchSql } from "@/lib/audit/actors";
import { insertEventSql, lastHashSql, lockChainSql } from "@/lib/audit/append";
import { readExportBatch } from "@/lib/audit/csv";
import type { Prisma } from "@/lib/generated/prisma/client";
import { memberListSql } from "@/lib/members/list";
import type { MemberListQuery } from "@/lib/members/schemas";
import type { Queryable } from "./seed";

/** One statement as pg runs it. */
export type Statement = { text: string; values: unknown[] };
export type AuditFilter = { actor?: string; action?: string; type?: string; target?: string; from?: string; to?: string; cursor?: string };

const DAY_MS = 86_400_000;
const ROW_COLUMNS = `id, "createdAt", "actorType", "actorId", "actorName", action, "targetType", "targetId", "targetLabel"`;

/** What every team page reads first: the signed-in user's membership of the team (lib/teams/member.ts). */
export function memberLookup(slug: string, userId: string): Statement {
  return {
    text: `SELECT m.id, m.role, m."customRoleId", t.id AS "teamId", t.slug, t.name, t."seatLimit", t."auditRetentionDays"
           FROM "Membership" m JOIN "Team" t ON t.id = m."teamId" LEFT JOIN "CustomRole" cr ON cr.id = m."customRoleId"
           WHERE m."userId" = $1 AND t.slug = $2 AND (m."accessEndsAt" IS NULL OR m."accessEndsAt" > now()) LIMIT 1`,
    values: [userId, slug],
  };
}

/** The members page's own statements: the page of rows and the total (lib/members/list.ts). */
export function membersPageSql(teamId: string, query: MemberListQuery): Statement[] {
  const { rows, total } = memberListSql(teamId, query);
  return [
    { text: rows.text, values: rows.values },
    { text: total.text, values: total.values },
  ];
}

/** The id bounds a date filter becomes (lib/audit/filters.ts firstIdFrom). */
function firstIdFrom(teamId: string, at: Date): Statement {
  return { text: `SELECT id FROM "AuditEvent" WHERE "teamId" = $1 AND "createdAt" >= $2 ORDER BY "createdAt" ASC LIMIT 1`, values: [teamId, at] };
}

/** WHERE clause of an audit query, with the id bounds already resolved. */
function auditCondition(teamId: string, f: AuditFilter, bounds: { gte?: string; lt?: string }): Statement {
  const values: unknown[] = [teamId];
  const parts = [`"teamId" = $1`];
  const add = (sql: string, value: unknown) => (values.push(value), parts.push(sql.replace("?", `$${values.length}`)));
  if (f.actor) add(`"actorId" = ?`, f.actor);
  if (f.action) add(`action = ?`, f.action);
  if (f.type) add(`"targetType" = ?`, f.type);
  if (f.target) add(`"targetId" = ?`, f.target);
  if (f.from) add(`"createdAt" >= ?`, new Date(`${f.from}T00:00:00Z`));
  if (f.to) add(`"createdAt" < ?`, new Date(new Date(`${f.to}T00:00:00Z`).getTime() + DAY_MS));
  if (bounds.gte) add(`id >= ?`, bounds.gte);
  const upper = [bounds.lt, f.cursor].filter((x): x is string => !!x).map(BigInt);
  if (upper.length) add(`id < ?`, upper.reduce((a, b) => (a < b ? a : b)).toString());
  return { text: parts.join(" AND "), values };
}

async function auditBounds(db: Queryable, teamId: string, f: AuditFilter): Promise<{ gte?: string; lt?: string }> {
  const one = async (at: Date) => {
    const s = firstIdFrom(teamId, at);
    return (await db.query<{ id: string }>(s.text, s.values)).rows[0]?.id;
  };
  return {
    gte: f.from ? ((await one(new Date(`${f.from}T00:00:00Z`))) ?? String(Number.MAX_SAFE_INTEGER)) : undefined,
    lt: f.to ? await one(new Date(new Date(`${f.to}T00:00:00Z`).getTime() + DAY_MS)) : undefined,
  };
}

/** The audit page's statements: date bounds, one page of 50 (+1) events, the name of the filtered user. */
export async function runAuditPageSql(db: Queryable, teamId: string, f: AuditFilter): Promise<number> {
  const where = auditCondition(teamId, f, await auditBounds(db, teamId, f));
  const label = f.actor ? actorLabelSql(teamId, f.actor) : null;
  const [page] = await Promise.all([
    db.query(`SELECT ${ROW_COLUMNS} FROM "AuditEvent" WHERE ${where.text} ORDER BY id DESC LIMIT 51`, where.values),
    label ? db.query(label.text, label.values) : null,
  ]);
  return page.rows.length;
}

/** lib/audit/actors.ts searchActors: the user filter's suggestions for `q`. */
export function actorSearchStatement(teamId: string, q: string): Statement {
  const { text, values } = actorSearchSql(teamId, q);
  return { text, values };
}

/** The export's statements (lib/audit/csv.ts): per batch, its lowest id, then a COPY of the batch. */
export async function runExportSql(client: pg.ClientBase, teamId: string, f: AuditFilter, batchSize = 5000): Promise<number> {
  const where = auditCondition(teamId, f, await auditBounds(client, teamId, f));
  const condition = where.text.replace(/\$(\d+)/g, (_, n: string) => inline(where.values[Number(n) - 1]));
  let count = 0;
  let before: string | undefined;
  do {
    const batch = await readExportBatch(client, condition, batchSize, before);
    count += batch.rows;
    before = batch.next;
  } while (before !== undefined);
  return count;
}

/** A bound value written into the SQL, as COPY takes no parameters. */
function inline(value: unknown): string {
  return value instanceof Date ? `${pg.escapeLiteral(value.toISOString())}::timestamp` : pg.escapeLiteral(String(value));
}

/** The statements of one audited change inside a transaction that is rolled back, so nothing changes.
 *  The audit event is written with lib/audit/append.ts's own statements. */
async function inRolledBackTransaction(db: Queryable, teamId: string, run: () => Promise<void>, event: { action: string; targetId: string }) {
  const chain = { teamId, actor: { type: "user" as const, id: null, name: "bench" } };
  const query = (sql: Prisma.Sql) => db.query<{ hash: string }>(sql.text, sql.values);
  await db.query("BEGIN");
  try {
    await run();
    await query(lockChainSql(chain));
    const last = await query(lastHashSql(chain));
    await query(
      insertEventSql({
        teamId, actorType: "user", actorId: null, actorName: "bench", action: event.action, targetType: "member", targetId: event.targetId,
        targetLabel: null, metadata: {}, ip: null, userAgent: null, createdAt: new Date(), prevHash: last.rows[0]?.hash ?? null,
      }),
    );
  } finally {
    await db.query("ROLLBACK");
  }
}

/** A role change as lib/members/change-role.ts does it, behind an API key (lib/api/authenticate.ts), and the notice it mails (lib/email/notice-queue.ts). */
export function runRoleChangeSql(db: Queryable, t: { teamId: string; slug: string; keyHash: string; creatorId: string; membershipId: string; role: string }) {
  return inRolledBackTransaction(
    db,
    t.teamId,
    async () => {
      await db.query(`SELECT id, role, "creatorId", "revokedAt", "expiresAt" FROM "ApiKey" WHERE "keyHash" = $1`, [t.keyHash]);
      const lookup = memberLookup(t.slug, t.creatorId);
      await db.query(lookup.text, lookup.values);
      await db.query(`SELECT id FROM "Team" WHERE id = $1 FOR UPDATE`, [t.teamId]);
      await db.query(`SELECT m.id, m.role, u.email FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE m.id = $1 AND m."teamId" = $2 FOR UPDATE OF m`, [t.membershipId, t.teamId]);
      await db.query(`UPDATE "Membership" SET role = $1 WHERE id = $2`, [t.role, t.membershipId]);
      // The member's notice: recorded in the transaction, then (after the response) taken, kept in the outbox and forgotten.
      const notice = `bench_${randomUUID()}`;
      await db.query(`INSERT INTO "PendingNotice" (id, "to", subject, template, props, "nextAttemptAt") VALUES ($1, 'bench@example.test', 'Your role changed', 'roleChanged', $2, now() + interval '1 minute')`, [notice, JSON.stringify({ name: "Bench", teamName: "BigCo", by: "bench", url: "http://localhost/t/bigco", before: "Developer", after: "Viewer" })]);
      await db.query(`UPDATE "PendingNotice" SET attempts = attempts + 1, "nextAttemptAt" = now() + interval '5 minutes' WHERE id = ANY($1) AND attempts = 0 RETURNING id, "to", subject, template, props, attempts`, [[notice]]);
      await db.query(`INSERT INTO "OutboxEmail" (id, "to", subject, html, text) VALUES ($1, 'bench@example.test', 'Your role changed', $2, $3)`, [`bench_${randomUUID()}`, "<p>x</p>".repeat(400), "x".repeat(600)]);
      await db.query(`DELETE FROM "PendingNotice" WHERE id = $1`, [notice]);
    },
    { action: "member.role_changed", targetId: t.membershipId },
  );
}

/** Accepting an invitation as lib/invites/accept.ts does it: locks, seat count, membership, invitation. */
export function runAcceptSql(db: Queryable, t: { teamId: string; tokenHash: string; userId: string }) {
  const membershipId = `bench_${randomUUID()}`;
  return inRolledBackTransaction(
    db,
    t.teamId,
    async () => {
      await db.query(`SELECT id FROM "Team" WHERE id = (SELECT "teamId" FROM "Invitation" WHERE "tokenHash" = $1) FOR UPDATE`, [t.tokenHash]);
      await db.query(
        `SELECT i.*, t.slug, t.name, t."seatLimit", cr.name, cr.permissions,
                EXISTS (SELECT 1 FROM "Membership" m WHERE m."teamId" = i."teamId" AND m."userId" = $2) AS "alreadyMember"
         FROM "Invitation" i JOIN "Team" t ON t.id = i."teamId" LEFT JOIN "CustomRole" cr ON cr.id = i."customRoleId"
         WHERE i."tokenHash" = $1 FOR UPDATE OF i`,
        [t.tokenHash, t.userId],
      );
      await db.query(
        `SELECT (SELECT count(*) FROM "Membership" WHERE "teamId" = $1)
              + (SELECT count(*) FROM "Invitation" WHERE "teamId" = $1 AND status = 'pending' AND email IS NOT NULL AND ("expiresAt" IS NULL OR "expiresAt" > now()))`,
        [t.teamId],
      );
      await db.query(`INSERT INTO "Membership" (id, "teamId", "userId", role) VALUES ($1, $2, $3, 'developer')`, [membershipId, t.teamId, t.userId]);
      await db.query(`UPDATE "Invitation" SET status = 'accepted', "acceptedAt" = now(), uses = uses + 1 WHERE "tokenHash" = $1`, [t.tokenHash]);
    },
    { action: "invite.accepted", targetId: membershipId },
  );
}

/** Runs statements one after another (as one page request would, at worst). */
export async function runStatements(db: Queryable, statements: Statement[]): Promise<void> {
  for (const s of statements) await db.query(s.text, s.values);
}

/** EXPLAIN (ANALYZE) of the main statement of each scenario, condensed to its plan node lines. */
export async function explain(db: Queryable, s: Statement): Promise<string[]> {
  const { rows } = await db.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${s.text}`, s.values);
  return rows.map((r) => r["QUERY PLAN"]).filter((line) => /Scan|Sort|Limit|Execution Time|Join|Aggregate|Append/.test(line));
}

/** The audit page's main statement with resolved bounds, for EXPLAIN. */
export async function auditPageStatement(db: Queryable, teamId: string, f: AuditFilter): Promise<Statement> {
  const where = auditCondition(teamId, f, await auditBounds(db, teamId, f));
  return { text: `SELECT ${ROW_COLUMNS} FROM "AuditEvent" WHERE ${where.text} ORDER BY id DESC LIMIT 51`, values: where.values };
}
