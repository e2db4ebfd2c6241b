import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/t/[team]/audit/export/route";
import { csvCell, FORMULA_STARTS } from "@/lib/csv/cell";
import { db, poolOf } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { createTeamWithEveryRole, createUser, type TeamFixture } from "@/lib/test/fixtures";
import { actionLabel } from "./actions-catalogue";
import { auditCsvStream } from "./csv";
import { auditWhere, parseAuditQuery, type AuditQuery } from "./filters";
import { audit, type AuditActor } from "./record";

let team: TeamFixture;

beforeAll(async () => {
  team = await createTeamWithEveryRole();
  const actor = { type: "user" as const, id: team.users.owner.id, name: "=cmd|' /C calc'!A0" };
  for (let i = 0; i < 7; i++) {
    await recordEvent(team.id, i, {
      actor: i === 5 ? { type: "user", id: team.users.admin.id, name: "Ada" } : actor,
      action: i === 3 ? "member.removed" : "team.updated",
      targetType: i === 4 ? "member" : "team",
      label: i === 0 ? 'Acme, "the" team\nline two' : "-1+1",
    });
  }
});

function recordEvent(teamId: string, i: number, event: { actor: AuditActor; action: string; targetType: string; label: string }) {
  return db.$transaction((tx) =>
    audit(tx, {
      teamId,
      actor: event.actor,
      action: event.action,
      target: { type: event.targetType, id: teamId, label: event.label },
      metadata: { i, note: "a, b: c", nested: { list: [1, 2.5], empty: {} } },
      request: { ip: "203.0.113.9", userAgent: "@agent" },
    }),
  );
}

async function readChunks(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const chunks: string[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(decoder.decode(r.value));
  return chunks;
}

/** The ids the audit page's filter selects, newest first. */
async function expectedIds(teamId: string, query: AuditQuery): Promise<string[]> {
  const events = await db.auditEvent.findMany({ where: await auditWhere(db, teamId, query), orderBy: { id: "desc" }, select: { id: true } });
  return events.map((e) => e.id.toString());
}

async function exportAs(user: TeamFixture["users"][keyof TeamFixture["users"]] | null, query = "") {
  actAs(user);
  return GET(new NextRequest(`http://localhost/t/${team.slug}/audit/export${query}`), { params: Promise.resolve({ team: team.slug }) });
}

/** Splits CSV into records, honouring quoted cells with commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && c === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
    } else {
      cell += c;
    }
  }
  return rows;
}

describe("CSV export", () => {
  it("streams the filtered events batch by batch, newest first", async () => {
    const chunks = await readChunks(auditCsvStream(db, team.id, { action: "team.updated" }, 2));
    expect(chunks).toHaveLength(1 + 3); // header, then 6 events in batches of 2
    const rows = parseCsv(chunks.join(""));
    expect(rows[0].slice(0, 6)).toEqual(["id", "time", "actor_type", "actor_id", "actor", "action"]);
    expect(rows.slice(1).map((r) => JSON.parse(r[12]).i)).toEqual([6, 5, 4, 2, 1, 0]);
  });

  it("reads one batch ahead of the consumer, never more, and returns each connection", async () => {
    let reads = 0;
    const counting = { connect: () => (reads++, poolOf(db).connect()) };
    const reader = auditCsvStream(db, team.id, {}, 1, counting).getReader();
    await reader.read(); // the header
    for (let consumed = 1; consumed <= 4; consumed++) {
      await reader.read();
      await new Promise((resolve) => setTimeout(resolve, 20));
      // The batch just handed over, the one read ahead, and at most one more that fills the stream's queue.
      expect(reads).toBeLessThanOrEqual(consumed + 2);
      // A consumer that stops reading holds no connection.
      await vi.waitFor(() => expect(poolOf(db).idleCount).toBe(poolOf(db).totalCount));
    }
    await reader.cancel();
  });

  it("loses and repeats no event at any batch size", async () => {
    const all = await expectedIds(team.id, {});
    expect(all).toHaveLength(7);
    for (const batchSize of [1, 3, 6, 7, 8, 5000]) {
      const chunks = await readChunks(auditCsvStream(db, team.id, {}, batchSize));
      expect(chunks, `batch ${batchSize}`).toHaveLength(1 + Math.ceil(7 / batchSize));
      expect(parseCsv(chunks.join("")).slice(1).map((r) => r[0]), `batch ${batchSize}`).toEqual(all);
    }
  });

  it("exports exactly the events the audit page's filter selects", async () => {
    const ids = await expectedIds(team.id, {});
    const today = new Date().toISOString().slice(0, 10);
    const queries = [
      {}, { actor: team.users.admin.id }, { action: "member.removed" }, { type: "member" }, { target: team.id }, { actor: "nobody" },
      { from: today, to: today }, { from: "2999-01-01" }, { to: "2000-01-01" }, { cursor: ids[2] }, { action: "team.updated", cursor: ids[1] },
    ];
    for (const params of queries) {
      const parsed = parseAuditQuery(params);
      if (!parsed.ok) throw new Error(parsed.errors.join());
      const rows = parseCsv((await readChunks(auditCsvStream(db, team.id, parsed.query, 2))).join(""));
      expect(rows.slice(1).map((r) => r[0]), JSON.stringify(params)).toEqual(await expectedIds(team.id, parsed.query));
    }
  });

  it("writes the time as Date.toISOString() does, the action's label and the metadata as JSON", async () => {
    const events = await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "desc" } });
    const rows = parseCsv((await readChunks(auditCsvStream(db, team.id, {}))).join("")).slice(1);
    expect(rows.map((r) => [r[0], r[1], JSON.parse(r[12])])).toEqual(events.map((e) => [e.id.toString(), e.createdAt.toISOString(), e.metadata]));
    // Every cell as a spreadsheet shows it: formulas neutralised with a leading apostrophe.
    const shown = (v: string | null) => (v === null ? "" : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
    expect(rows).toEqual(
      events.map((e) => [
        e.id.toString(), e.createdAt.toISOString(), e.actorType, shown(e.actorId), shown(e.actorName), e.action, actionLabel(e.action), shown(e.targetType),
        shown(e.targetId), shown(e.targetLabel), shown(e.ip), shown(e.userAgent), expect.any(String), e.prevHash ?? "", e.hash,
      ]),
    );
    expect(rows[0][12]).toBe('{"i": 6, "note": "a, b: c", "nested": {"list": [1, 2.5], "empty": {}}}');
    expect(rows[0][6]).toBe("Team settings changed");
  });

  it("orders ids as numbers, not as text", async () => {
    const other = await createTeamWithEveryRole();
    const event = { actor: { type: "user" as const, id: other.users.owner.id, name: "Owner" }, action: "team.updated", targetType: "team", label: "Other" };
    // Two ids whose text order is the reverse of their numeric order ("9000" > "10000"). The shared
    // sequence only moves forward, by far more than concurrent tests insert in the meantime.
    const [{ last_value: last }] = await db.$queryRaw<{ last_value: bigint }[]>`SELECT last_value FROM "AuditEvent_id_seq"`;
    const digits = BigInt(last.toString().length + 2);
    for (const [i, next] of [9n * 10n ** digits, 10n ** (digits + 1n)].entries()) {
      await db.$executeRaw`SELECT setval('"AuditEvent_id_seq"', ${next}, false)`;
      await recordEvent(other.id, i, event);
    }
    const ids = await expectedIds(other.id, {});
    expect(ids.map((id) => id.length)).toEqual([Number(digits) + 2, Number(digits) + 1]);
    const rows = parseCsv((await readChunks(auditCsvStream(db, other.id, {}, 1))).join(""));
    expect(rows.slice(1).map((r) => r[0])).toEqual(ids);
  });

  it("writes each cell byte for byte as csvCell does", async () => {
    const other = await createTeamWithEveryRole();
    const labels = [...FORMULA_STARTS.map((c) => `${c}x`), "\rx,y", 'a"b', "a,b", "line\nbreak", "x=1", "’quote", "日本", " lead", "'x", "\\x"];
    for (const [i, label] of labels.entries()) {
      await recordEvent(other.id, i, { actor: { type: "user", id: other.users.owner.id, name: label }, action: "team.updated", targetType: "team", label });
    }
    const text = (await readChunks(auditCsvStream(db, other.id, {}))).join("");
    const lines = text.slice(text.indexOf("\n") + 1);
    for (const label of labels) expect(lines, JSON.stringify(label)).toContain(`,${csvCell(label)},team.updated,Team settings changed,team,${other.id},${csvCell(label)},`);
  });

  it("escapes cells and neutralises formulas", async () => {
    const response = await exportAs(team.users.admin, "?action=team.updated");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`attachment; filename="audit-${team.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"`));
    const text = await response.text();
    const rows = parseCsv(text);
    const oldest = rows[rows.length - 1];
    expect(oldest[4]).toBe("'=cmd|' /C calc'!A0");
    expect(oldest[9]).toBe('Acme, "the" team\nline two');
    expect(oldest[10]).toBe("203.0.113.9");
    expect(oldest[11]).toBe("'@agent");
    expect(rows[1][9]).toBe("'-1+1");
    expect(rows.every((r) => r.length === 15)).toBe(true);
  });

  it("is itself an audit event: who exported, with which filters, from where", async () => {
    const response = await exportAs(team.users.owner, "?action=member.removed&from=2000-01-01");
    expect(response.status).toBe(200);
    const [event] = await db.auditEvent.findMany({ where: { teamId: team.id, action: "audit.exported" }, orderBy: { id: "desc" }, take: 1 });
    expect(event).toMatchObject({
      actorType: "user",
      actorId: team.users.owner.id,
      actorName: team.users.owner.name,
      targetType: "team",
      targetId: team.id,
      metadata: { format: "csv", filters: { action: "member.removed", from: "2000-01-01" } },
    });
    // Filtered by action, the export does not hold its own event.
    expect(parseCsv(await response.text()).slice(1).map((r) => r[5])).toEqual(["member.removed"]);
  });

  it("records nothing for a refused or malformed export", async () => {
    const count = () => db.auditEvent.count({ where: { teamId: team.id, action: "audit.exported" } });
    const before = await count();
    await exportAs(team.users.developer);
    await exportAs(team.users.owner, "?from=not-a-date");
    expect(await count()).toBe(before);
  });

  it("is refused without audit.read, to non-members and when signed out", async () => {
    const developer = await exportAs(team.users.developer);
    expect(developer.status).toBe(403);
    expect(await developer.text()).toMatch(/Developer\) does not allow this/);
    expect((await exportAs(await createUser("stranger"))).status).toBe(404);
    expect((await exportAs(null)).status).toBe(401);
  });

  it("answers a malformed filter with 400 and the reason", async () => {
    const response = await exportAs(team.users.owner, "?from=not-a-date");
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("From: use a date like 2026-01-31");
  });
});
