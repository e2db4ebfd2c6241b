import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, membershipOf, tokenFromOutbox, type TeamFixture } from "@/lib/test/fixtures";
import { acceptTransferAction, cancelTransferAction, confirmTransferAction, startTransferAction } from "./actions";

let team: TeamFixture;
beforeEach(async () => {
  team = await createTeamWithEveryRole();
});

async function start(toRole: "admin" | "developer" = "admin") {
  actAs(team.users.owner);
  const recipient = (await membershipOf(team.id, team.users[toRole].id))!;
  const result = await startTransferAction(team.slug, { membershipId: recipient.id });
  expect(result.ok).toBe(true);
  return { transferId: (result as { data: { transferId: string } }).data.transferId, ownerToken: await tokenFromOutbox(team.users.owner.email, "transfer") };
}

describe("ownership transfer", () => {
  it("switches roles only after the Owner confirms and the recipient accepts", async () => {
    const { ownerToken } = await start();
    expect((await membershipOf(team.id, team.users.admin.id))?.role).toBe("admin");

    actAs(team.users.admin);
    expect(await confirmTransferAction({ token: ownerToken })).toMatchObject({ ok: false, error: expect.stringMatching(/Only the Owner/) });
    actAs(team.users.owner);
    expect((await confirmTransferAction({ token: ownerToken })).ok).toBe(true);
    expect(await confirmTransferAction({ token: ownerToken })).toMatchObject({ ok: false, error: "This transfer is no longer pending." });
    expect((await membershipOf(team.id, team.users.owner.id))?.role).toBe("owner");

    const recipientToken = await tokenFromOutbox(team.users.admin.email, "transfer");
    actAs(team.users.developer);
    expect(await acceptTransferAction({ token: recipientToken })).toMatchObject({ ok: false, error: expect.stringMatching(/another member/) });
    actAs(team.users.admin);
    expect(await acceptTransferAction({ token: recipientToken })).toEqual({ ok: true, data: { slug: team.slug } });
    expect((await membershipOf(team.id, team.users.admin.id))?.role).toBe("owner");
    expect((await membershipOf(team.id, team.users.owner.id))?.role).toBe("admin");
    expect((await auditEventsOf(team.id)).map((e) => e.action).slice(-3)).toEqual([
      "ownership.transfer_requested",
      "ownership.transfer_confirmed",
      "ownership.transferred",
    ]);
  });

  it("can be cancelled by either side while pending", async () => {
    const { transferId, ownerToken } = await start("developer");
    actAs(team.users.viewer);
    expect(await cancelTransferAction(team.slug, { transferId })).toMatchObject({ ok: false, error: expect.stringMatching(/Only the Owner or the recipient/) });
    actAs(team.users.developer);
    expect((await cancelTransferAction(team.slug, { transferId })).ok).toBe(true);
    actAs(team.users.owner);
    expect(await confirmTransferAction({ token: ownerToken })).toMatchObject({ ok: false, error: "This transfer is no longer pending." });
  });

  it("is only started by someone with the transfer permission", async () => {
    actAs(team.users.admin);
    const target = (await membershipOf(team.id, team.users.developer.id))!;
    expect(await startTransferAction(team.slug, { membershipId: target.id })).toMatchObject({ ok: false, error: expect.stringMatching(/does not allow/) });
    expect(await db.ownershipTransfer.count({ where: { teamId: team.id } })).toBe(0);
  });
});
