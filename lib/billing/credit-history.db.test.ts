import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { createTeamWithEveryRole, uid } from "@/lib/test/fixtures";
import { CREDIT_HISTORY_PAGE, creditHistory, recordCreditChange } from "./credit-history";
import { BILLING_SYSTEM } from "./invoices";

const invoice = (teamId: string, month: number, status: string) =>
  db.invoice.create({ data: { teamId, number: `INV-2003${month}-${uid()}`, periodStart: new Date(Date.UTC(2003, month - 1, 1)), periodEnd: new Date(Date.UTC(2003, month, 1)), totalCents: 1500, status } });

describe("credit history", () => {
  it("comes newest first, a page at a time, and only the team's own", async () => {
    const [team, other] = [await createTeamWithEveryRole(), await createTeamWithEveryRole()];
    await db.$transaction(async (tx) => {
      for (let i = 1; i <= CREDIT_HISTORY_PAGE + 1; i++) {
        await recordCreditChange(tx, { teamId: team.id, kind: "purchase", amountCents: 100, balanceAfterCents: i * 100, actorName: "Bea", card: "Visa •••• 4242" });
      }
      await recordCreditChange(tx, { teamId: other.id, kind: "purchase", amountCents: 100, balanceAfterCents: 100, actorName: "Otto", card: "Visa •••• 4242" });
    });
    const first = await creditHistory(db, team.id);
    expect(first.entries.map((e) => e.balanceAfterCents)).toEqual(Array.from({ length: CREDIT_HISTORY_PAGE }, (_, i) => (CREDIT_HISTORY_PAGE + 1 - i) * 100));
    expect(first.next).toBe(first.entries.at(-1)!.id);
    const second = await creditHistory(db, team.id, first.next!);
    expect([second.entries.map((e) => e.balanceAfterCents), second.next]).toEqual([[100], null]);
  });

  it("is filled in from the audit log by its migration, worked back from the balance now where older events were purged", async () => {
    const team = await createTeamWithEveryRole();
    const [paidByCredit, paidLater, open, paidUnrecorded] = [await invoice(team.id, 1, "paid"), await invoice(team.id, 2, "paid"), await invoice(team.id, 3, "open"), await invoice(team.id, 4, "paid")];
    const bea = { type: "user" as const, id: team.users.billing.id, name: "Bea Billing" };
    const target = (i: { id: string; number: string }) => ({ type: "invoice", id: i.id, label: i.number });
    await db.$transaction(async (tx) => {
      // The first purchase's event is gone (retention), so only the balance now accounts for it.
      await audit(tx, { teamId: team.id, actor: BILLING_SYSTEM, action: "invoice.generated", target: target(paidByCredit), metadata: { totalCents: 1500, status: "paid", creditAppliedCents: 1500, chargedCents: 0 } });
      await audit(tx, { teamId: team.id, actor: bea, action: "billing.credit_added", target: { type: "team", id: team.id, label: team.name }, metadata: { amountCents: 1000, card: "Visa •••• 4242" } });
      await audit(tx, { teamId: team.id, actor: BILLING_SYSTEM, action: "invoice.generated", target: target(paidLater), metadata: { totalCents: 1500, status: "open", creditAppliedCents: 0, chargedCents: 0 } });
      await audit(tx, { teamId: team.id, actor: bea, action: "invoice.paid", target: target(paidLater), metadata: { totalCents: 1500, creditAppliedCents: 300, chargedCents: 1200 } });
      await audit(tx, { teamId: team.id, actor: BILLING_SYSTEM, action: "invoice.generated", target: target(open), metadata: { totalCents: 1500, status: "open", creditAppliedCents: 0, chargedCents: 0 } });
      await tx.team.update({ where: { id: team.id }, data: { creditBalanceCents: 4500 } });
    });

    const migration = readFileSync("prisma/migrations/20261130020000_credit_history/migration.sql", "utf8");
    const backfill = migration.slice(migration.indexOf("-- Backfill")).split(/;\s*$/m).filter((s) => s.trim());
    expect(backfill).toHaveLength(2);
    const rolledBack = new Error("rolled back");
    // Run in a transaction that is rolled back: the backfill covers every team, and other tests' teams share this database.
    await expect(
      db.$transaction(async (tx) => {
        for (const statement of backfill) await tx.$executeRawUnsafe(statement);
        const entries = await tx.creditEntry.findMany({ where: { teamId: team.id }, orderBy: { id: "asc" } });
        expect(entries.map((e) => [e.kind, e.amountCents, e.balanceAfterCents, e.invoiceId, e.actorName, e.card])).toEqual([
          ["invoice", -1500, 3800, paidByCredit.id, null, null],
          ["purchase", 1000, 4800, null, "Bea Billing", "Visa •••• 4242"],
          ["invoice", -300, 4500, paidLater.id, null, null],
        ]);
        const invoices = await tx.invoice.findMany({ where: { teamId: team.id }, orderBy: { periodStart: "asc" } });
        expect(invoices.map((i) => [i.id, i.paidAt !== null, i.creditAppliedCents, i.chargedCents, i.chargedCard])).toEqual([
          [paidByCredit.id, true, 1500, 0, null],
          [paidLater.id, true, 300, 1200, null],
          [open.id, false, 0, 0, null],
          [paidUnrecorded.id, false, 0, 0, null],
        ]);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
  });
});
