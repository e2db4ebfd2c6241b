import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { to as copyTo } from "pg-copy-streams";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { tracingClient, type TracedStatement } from "./sql-trace";

const file = path.join(mkdtempSync(path.join(tmpdir(), "sql-trace-")), "trace.jsonl");
const traced = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1, Client: tracingClient(file) }) });
afterAll(() => traced.$disconnect());

const read = async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as TracedStatement);
};

describe("SQL trace for the benchmark", () => {
  it("records every statement, in and out of transactions and COPY streams, with when it ran", async () => {
    const before = performance.timeOrigin + performance.now();
    await traced.$queryRaw`SELECT 1 AS one`;
    await traced.user.findFirst({ where: { email: "nobody@example.test" } });
    await traced.$transaction(async (tx) => tx.$queryRaw`SELECT 2 AS two`);
    const statements = await read();
    const sql = statements.map((s) => s.sql);
    expect(sql[0]).toBe("SELECT 1 AS one");
    expect(sql.some((s) => s.startsWith('SELECT "public"."User"'))).toBe(true);
    expect(sql.slice(-3)).toEqual(["BEGIN", "SELECT 2 AS two", "COMMIT"]);
    const client = new (tracingClient(file))({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const copy = client.query(copyTo("COPY (SELECT 3 AS three) TO STDOUT"));
    for await (const chunk of copy) expect(chunk.toString()).toBe("3\n");
    await client.end();
    expect((await read()).at(-1)?.sql).toBe("COPY (SELECT 3 AS three) TO STDOUT");
    for (const s of statements) {
      expect(s.start).toBeGreaterThanOrEqual(before);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
    }
  });
});
