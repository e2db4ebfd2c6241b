import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { withFakeResend } from "@/lib/test/fake-resend";
import { uid } from "@/lib/test/fixtures";
import { MAX_NOTICE_ATTEMPTS, recordNotice, sendDueNotices, sendRecordedNotices } from "./notice-queue";
import type { Notice } from "./notice-templates";

// Through the real Resend SDK, against a local fake of its API that records what it is sent.
const fake = withFakeResend();
const sentTo = (to: string) => fake.received.filter((r) => r.body.to === to || (Array.isArray(r.body.to) && r.body.to.includes(to)));

function removal(to = `notice-${uid()}@example.test`): Notice {
  return { to, subject: "You were removed from Acme on Roster", template: "removedFromTeam", props: { name: "Rue", teamName: "Acme", by: "Olivia", apiKeysRevoked: 2 } };
}
const rowOf = (to: string) => db.pendingNotice.findFirst({ where: { to } });
/** As if the notice's next try (or its request's turn) came `minutes` ago. */
const makeDue = (to: string, minutes = 1) => db.pendingNotice.updateMany({ where: { to }, data: { nextAttemptAt: new Date(Date.now() - minutes * 60_000) } });

beforeEach(() => {
  fake.status = 200;
});

describe("notices of a change", () => {
  it("exist only if the change commits, and are sent and forgotten once it has", async () => {
    const [kept, undone] = [removal(), removal()];
    const id = await db.$transaction((tx) => recordNotice(tx, kept));
    await expect(
      db.$transaction(async (tx) => {
        await recordNotice(tx, undone);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await rowOf(undone.to)).toBeNull();

    expect(await sendRecordedNotices(db, [id])).toEqual({ sent: 1, failed: 0 });
    expect(sentTo(kept.to)).toHaveLength(1);
    expect(sentTo(kept.to)[0].body.text).toContain("Olivia removed you from the team Acme");
    expect(sentTo(kept.to)[0].body.text).toContain("Your 2 API keys for the team stopped working.");
    expect(await rowOf(kept.to)).toBeNull();
  });

  it("stay queued when the provider refuses them, and go on a later try", async () => {
    const notice = removal();
    const id = await recordNotice(db, notice);
    fake.status = 503;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await sendRecordedNotices(db, [id])).toEqual({ sent: 0, failed: 1 });
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`could not send "${notice.subject}" to ${notice.to} (try 1)`), expect.anything());
    log.mockRestore();
    const waiting = await rowOf(notice.to);
    expect(waiting).toMatchObject({ attempts: 1, lastError: expect.stringContaining("bad sender") });
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 60_000);

    fake.status = 200;
    await sendDueNotices(db);
    expect(sentTo(notice.to)).toHaveLength(1); // the refused try only
    await makeDue(notice.to);
    await sendDueNotices(db);
    expect(sentTo(notice.to)).toHaveLength(2);
    expect(await rowOf(notice.to)).toBeNull();
  });

  it("left unsent by a request that ended first go in a sweep after a minute, and only once", async () => {
    const notice = removal();
    const id = await recordNotice(db, notice);
    await sendDueNotices(db);
    expect(sentTo(notice.to)).toHaveLength(0); // still its request's turn
    await makeDue(notice.to);
    await sendDueNotices(db);
    expect(sentTo(notice.to)).toHaveLength(1);
    expect(await sendRecordedNotices(db, [id])).toEqual({ sent: 0, failed: 0 }); // the request, late
    expect(sentTo(notice.to)).toHaveLength(1);
  });

  it("are sent once however many sweeps run at the same time", async () => {
    const notices = Array.from({ length: 6 }, () => removal());
    for (const notice of notices) await recordNotice(db, notice);
    for (const notice of notices) await makeDue(notice.to);
    await Promise.all([sendDueNotices(db), sendDueNotices(db), sendDueNotices(db)]);
    for (const notice of notices) expect(sentTo(notice.to)).toHaveLength(1);
  });

  it("are dropped, and the drop logged, after the last try", async () => {
    const notice = removal();
    await recordNotice(db, notice);
    await db.pendingNotice.updateMany({ where: { to: notice.to }, data: { attempts: MAX_NOTICE_ATTEMPTS - 1 } });
    await makeDue(notice.to);
    fake.status = 503;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    await sendDueNotices(db);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`(try ${MAX_NOTICE_ATTEMPTS}, the last: dropped)`), expect.anything());
    log.mockRestore();
    expect(await rowOf(notice.to)).toBeNull();
  });
});
