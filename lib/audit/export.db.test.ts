import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/t/[team]/audit/export/route";
import { db } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { createTeamWithEveryRole, createUser, type TeamFixture } from "@/lib/test/fixtures";
import { auditCsvStream } from "./csv";
import { audit } from "./record";

let team: TeamFixture;

beforeAll(async () => {
  team = await createTeamWithEveryRole();
  const actor = { type: "user" as const, id: team.users.owner.id, name: "=cmd|' /C calc'!A0" };
  for (let i = 0; i < 7; i++) {
    await db.$transaction((tx) =>
      audit(tx, {
        teamId: team.id,
        actor,
        action: i === 3 ? "member.removed" : "team.updated",
        target: { type: "team", id: team.id, label: i === 0 ? 'Acme, "the" team\nline two' : "-1+1" },
        metadata: { i },
        request: { ip: "203.0.113.9", userAgent: "@agent" },
      }),
    );
  }
});

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
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      rows.push([...row, cell]);
      row = [];
      cell = "";
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe("CSV export", () => {
  it("streams the filtered events batch by batch, newest first", async () => {
    const reader = auditCsvStream(db, team.id, { action: "team.updated" }, 2).getReader();
    const chunks: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(new TextDecoder().decode(r.value));
    expect(chunks).toHaveLength(1 + 3); // header, then 6 events in batches of 2
    const rows = parseCsv(chunks.join(""));
    expect(rows[0].slice(0, 6)).toEqual(["id", "time", "actor_type", "actor_id", "actor", "action"]);
    expect(rows.slice(1).map((r) => JSON.parse(r[12]).i)).toEqual([6, 5, 4, 2, 1, 0]);
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
