import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyTeamChain } from "@/lib/audit/verify";
import { listAuditEvents } from "@/lib/audit/events";
import { db } from "@/lib/db/client";
import { listMembers } from "@/lib/members/list";
import { membersPageSql, runAcceptSql, runAuditPageSql, runExportSql, runRoleChangeSql, runStatements, explain, auditPageStatement } from "./queries";
import { seedLargeTeam, type SeedReport } from "./seed";
import { summarize, timeLoop } from "./stats";

// Benchmarks are not tests: this only keeps the seeding and the measured SQL from rotting, on tiny data.
const size = { members: 50, invites: 10, resources: 40, events: 500, runningResources: 3 };
const slug = `smoke${Date.now().toString(36)}`;
let client: pg.Client;
let report: SeedReport;

beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  report = await seedLargeTeam(client, { slug, size, passwordHash: "not-a-real-hash", batchSize: 128 });
});
afterAll(() => client.end());

describe("bench seeding and measurement on tiny data", () => {
  it("seeds a team whose audit chain verifies, and refuses to seed it twice", async () => {
    expect(report.created).toBe(true);
    expect(await verifyTeamChain(db, report.teamId)).toEqual({ ok: true, checked: size.events });
    expect(await db.membership.count({ where: { teamId: report.teamId } })).toBe(size.members);
    expect(await db.resource.count({ where: { teamId: report.teamId } })).toBe(size.resources);
    expect(await db.usageRecord.count({ where: { teamId: report.teamId } })).toBe(size.runningResources * 24 * 60);
    const [hourly, daily] = await Promise.all([
      db.usageRecord.aggregate({ where: { teamId: report.teamId }, _sum: { cents: true } }),
      db.usageDay.aggregate({ where: { teamId: report.teamId }, _sum: { cents: true } }),
    ]);
    expect(daily._sum.cents).toBe(BigInt(hourly._sum.cents!));
    expect((await seedLargeTeam(client, { slug, size, passwordHash: "x" })).created).toBe(false);
  });

  it("runs the members page SQL the bench times, matching listMembers", async () => {
    for (const query of [{}, { q: "lovelace" }, { role: "viewer" }, { status: "pending" as const }, { status: "inactive" as const }, { page: 2 }, { sort: "name" as const }, { sort: "idle" as const }]) {
      const [rows, total] = await Promise.all(membersPageSql(report.teamId, query).map((s) => client.query(s.text, s.values)));
      const page = await listMembers(db, report.teamId, query);
      expect(rows.rows.map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
      expect(Number(total.rows[0].total)).toBe(page.total);
    }
    const samples = await timeLoop(() => runStatements(client, membersPageSql(report.teamId, {})), { count: 3, warmup: 0 });
    expect(summarize(samples).n).toBe(3);
  });

  it("runs the audit page, export and action SQL", async () => {
    const actor = `${slug}_u1`;
    expect(await runAuditPageSql(client, report.teamId, {})).toBe(51);
    const byActor = await listAuditEvents(db, report.teamId, { actor });
    expect(await runAuditPageSql(client, report.teamId, { actor })).toBe(Math.min(51, byActor.rows.length + (byActor.nextCursor ? 1 : 0)));
    expect(await runExportSql(client, report.teamId, {}, 100)).toBe(size.events);
    expect((await explain(client, await auditPageStatement(client, report.teamId, { action: "member.role_changed" }))).length).toBeGreaterThan(0);

    await runRoleChangeSql(client, { teamId: report.teamId, slug, keyHash: "none", creatorId: `${slug}_u1`, membershipId: `${slug}_m10`, role: "viewer" });
    const invite = (await client.query<{ tokenHash: string }>(`SELECT "tokenHash" FROM "Invitation" WHERE "teamId" = $1 LIMIT 1`, [report.teamId])).rows[0];
    await client.query(`INSERT INTO "User" (id, email, name) VALUES ($1, $2, 'Outsider')`, [`${slug}_outsider`, `outsider@${slug}.test`]);
    await runAcceptSql(client, { teamId: report.teamId, tokenHash: invite.tokenHash, userId: `${slug}_outsider` });
    // Both ran in rolled-back transactions: nothing changed and the chain still verifies.
    expect(await db.membership.count({ where: { teamId: report.teamId } })).toBe(size.members);
    expect(await verifyTeamChain(db, report.teamId)).toEqual({ ok: true, checked: size.events });
  });
});
