import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTeamWithEveryRole } from "@/lib/test/fixtures";
import { audit } from "./record";
import { verifyTeamChain } from "./verify";

const actor = { type: "system" as const, id: null, name: "test" };

describe("audit hash chain", () => {
  it("links every event of a team to the previous one, even when written concurrently", async () => {
    const team = await createTeamWithEveryRole();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => db.$transaction((tx) => audit(tx, { teamId: team.id, actor, action: "test.event", metadata: { i } }))),
    );
    expect(await verifyTeamChain(db, team.id, 3)).toEqual({ ok: true, checked: 10 });
  });

  it("reports the first edited event", async () => {
    const team = await createTeamWithEveryRole();
    for (let i = 0; i < 4; i++) await db.$transaction((tx) => audit(tx, { teamId: team.id, actor, action: "test.event", metadata: { i } }));
    const events = await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" } });
    await db.$executeRaw`UPDATE "AuditEvent" SET "actorName" = 'mallory' WHERE id = ${events[2].id}`;
    expect(await verifyTeamChain(db, team.id)).toEqual({ ok: false, checked: 2, brokenAt: events[2].id.toString(), reason: "content does not match its hash" });
  });

  it("reports a deleted event as a broken link", async () => {
    const team = await createTeamWithEveryRole();
    for (let i = 0; i < 3; i++) await db.$transaction((tx) => audit(tx, { teamId: team.id, actor, action: "test.event", metadata: { i } }));
    const events = await db.auditEvent.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" } });
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${events[1].id}`;
    expect(await verifyTeamChain(db, team.id)).toMatchObject({ ok: false, brokenAt: events[2].id.toString(), reason: "does not link to the previous event" });
  });

  it("is rolled back with the change it describes", async () => {
    const team = await createTeamWithEveryRole();
    await expect(
      db.$transaction(async (tx) => {
        await tx.team.update({ where: { id: team.id }, data: { name: "Should not stick" } });
        await audit(tx, { teamId: team.id, actor, action: "team.updated" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.auditEvent.count({ where: { teamId: team.id } })).toBe(0);
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe(team.name);
  });
});
