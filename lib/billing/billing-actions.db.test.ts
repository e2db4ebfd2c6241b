import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { BUILT_IN_ROLE_KEYS, can, permissionsOf, type BuiltInRole } from "@/lib/permissions";
import { actAs } from "@/lib/test/acting-user";
import { auditEventsOf, createTeamWithEveryRole, createUser, uid, type TeamFixture } from "@/lib/test/fixtures";
import { addCredit, addPaymentMethod, updateMonthlyBudget, removePaymentMethod, setDefaultPaymentMethod, updateInvoiceEmail, updateSpendLimit } from "./actions";
import { localProvider } from "./provider";

const CARD = { cardNumber: "4242 4242 4242 4242", expiry: "12/39", billingName: "Acme AI GmbH", addressLine: "1 Main St", city: "Berlin", postalCode: "10115", country: "DE" };

function savedCard(teamId: string, isDefault = false) {
  return db.paymentMethod.create({
    data: { teamId, providerRef: `local_${uid()}`, brand: "Visa", last4: "4242", expMonth: 12, expYear: 2039, billingName: "A", addressLine: "B", city: "C", postalCode: "D", country: "DE", isDefault },
  });
}

const mayManage = (role: BuiltInRole) => can({ userId: "x", permissions: new Set(permissionsOf(role)) }, "billing.manage");

/** Each action, for each role: what it changes, and how to see whether it did. */
const ACTIONS = {
  updateSpendLimit: {
    action: "billing.spend_limit_changed",
    async run(team: TeamFixture, role: BuiltInRole) {
      const limit = String(100 + BUILT_IN_ROLE_KEYS.indexOf(role));
      const result = await updateSpendLimit(team.slug, { limit });
      const after = await db.team.findUniqueOrThrow({ where: { id: team.id } });
      return { result, changed: after.hourlySpendLimitCents === Number(limit) * 100 };
    },
  },
  updateMonthlyBudget: {
    action: "billing.budget_changed",
    async run(team: TeamFixture, role: BuiltInRole) {
      const budget = String(1000 + BUILT_IN_ROLE_KEYS.indexOf(role));
      const result = await updateMonthlyBudget(team.slug, { budget });
      return { result, changed: (await db.team.findUniqueOrThrow({ where: { id: team.id } })).monthlyBudgetCents === Number(budget) * 100 };
    },
  },
  addCredit: {
    action: "billing.credit_added",
    async run(team: TeamFixture) {
      const before = (await db.team.findUniqueOrThrow({ where: { id: team.id } })).creditBalanceCents;
      const result = await addCredit(team.slug, { amount: "5" });
      return { result, changed: (await db.team.findUniqueOrThrow({ where: { id: team.id } })).creditBalanceCents === before + 500 };
    },
  },
  updateInvoiceEmail: {
    action: "billing.invoice_email_changed",
    async run(team: TeamFixture, role: BuiltInRole) {
      const invoiceEmail = `accounts-${role.replace("_", "-")}@example.test`;
      const result = await updateInvoiceEmail(team.slug, { invoiceEmail });
      const after = await db.team.findUniqueOrThrow({ where: { id: team.id } });
      return { result, changed: after.invoiceEmail === invoiceEmail };
    },
  },
  addPaymentMethod: {
    action: "billing.payment_method_added",
    async run(team: TeamFixture) {
      const before = await db.paymentMethod.count({ where: { teamId: team.id } });
      const result = await addPaymentMethod(team.slug, CARD);
      return { result, changed: (await db.paymentMethod.count({ where: { teamId: team.id } })) === before + 1 };
    },
  },
  setDefaultPaymentMethod: {
    action: "billing.default_payment_method_changed",
    async run(team: TeamFixture) {
      const card = await savedCard(team.id);
      const result = await setDefaultPaymentMethod(team.slug, { id: card.id });
      return { result, changed: (await db.paymentMethod.findUniqueOrThrow({ where: { id: card.id } })).isDefault };
    },
  },
  removePaymentMethod: {
    action: "billing.payment_method_removed",
    async run(team: TeamFixture) {
      const card = await savedCard(team.id);
      const result = await removePaymentMethod(team.slug, { id: card.id });
      return { result, changed: (await db.paymentMethod.count({ where: { id: card.id } })) === 0 };
    },
  },
};

describe("billing actions, for every built-in role", () => {
  let team: TeamFixture;
  beforeAll(async () => {
    team = await createTeamWithEveryRole();
    await savedCard(team.id, true);
  });

  for (const [name, spec] of Object.entries(ACTIONS)) {
    for (const role of BUILT_IN_ROLE_KEYS) {
      const allowed = mayManage(role);
      it(`${name}: ${role} is ${allowed ? "allowed and audited" : "refused and nothing changes"}`, async () => {
        actAs(team.users[role]);
        const before = await auditEventsOf(team.id);
        const { result, changed } = await spec.run(team, role);
        const added = (await auditEventsOf(team.id)).slice(before.length);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
          expect(changed).toBe(true);
          expect(added.map((e) => [e.action, e.actorId, e.ip])).toEqual([[spec.action, team.users[role].id, "203.0.113.7"]]);
        } else {
          expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/does not allow.*Change payment methods and the spend limit/) });
          expect(changed).toBe(false);
          expect(added).toEqual([]);
        }
      });
    }
  }

  it("hides the team from a non-member", async () => {
    actAs(await createUser("outsider"));
    expect(await updateSpendLimit(team.slug, { limit: "5" })).toMatchObject({ ok: false, error: "You are not a member of this team." });
  });
});

describe("spend limit", () => {
  it("records before and after, and refuses out-of-bounds values next to the field", async () => {
    const team = await createTeamWithEveryRole();
    actAs(team.users.billing);
    expect(await updateSpendLimit(team.slug, { limit: "120.50" })).toEqual({ ok: true, data: { limitCents: 12050 } });
    const [event] = (await auditEventsOf(team.id)).filter((e) => e.action === "billing.spend_limit_changed");
    expect(event.metadata).toEqual({ before: { hourlySpendLimitCents: 8000 }, after: { hourlySpendLimitCents: 12050 } });
    for (const limit of ["0", "0.5", "10000.01", "-5", "lots"]) {
      expect(await updateSpendLimit(team.slug, { limit }), limit).toMatchObject({ ok: false, fieldErrors: { limit: expect.any(String) } });
    }
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).hourlySpendLimitCents).toBe(12050);
  });
});

describe("monthly budget", () => {
  it("records before and after, alerts at once when this month's spend has already reached a share of it, and refuses bad values next to the field", async () => {
    const team = await createTeamWithEveryRole();
    const now = new Date();
    await db.usageRecord.create({
      data: { teamId: team.id, userId: team.users.developer.id, resourceId: "pod-b", resourceKind: "pod", resourceName: "pod", startedAt: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), endedAt: now, cents: 900 },
    });
    actAs(team.users.billing);
    for (const budget of ["0.99", "1000000.01", "ten", "-5", "12.345"]) {
      expect(await updateMonthlyBudget(team.slug, { budget }), budget).toMatchObject({ ok: false, fieldErrors: { budget: expect.any(String) } });
    }
    expect(await updateMonthlyBudget(team.slug, { budget: "100" })).toEqual({ ok: true, data: { monthlyBudgetCents: 10_000, alertedPercent: null } });
    expect(await updateMonthlyBudget(team.slug, { budget: "10" })).toEqual({ ok: true, data: { monthlyBudgetCents: 1000, alertedPercent: 80 } });
    expect(await db.outboxEmail.count({ where: { to: team.users.owner.email, subject: { contains: "80% of its Roster budget" } } })).toBe(1);
    // A new budget starts the alerts over: the same share of it is told again.
    expect(await updateMonthlyBudget(team.slug, { budget: "11" })).toEqual({ ok: true, data: { monthlyBudgetCents: 1100, alertedPercent: 80 } });
    expect(await updateMonthlyBudget(team.slug, { budget: "" })).toEqual({ ok: true, data: { monthlyBudgetCents: null, alertedPercent: null } });
    const events = (await auditEventsOf(team.id)).filter((e) => e.action.startsWith("billing.budget"));
    expect(events.map((e) => [e.action, e.metadata])).toEqual([
      ["billing.budget_changed", { before: { monthlyBudgetCents: null }, after: { monthlyBudgetCents: 10_000 } }],
      ["billing.budget_changed", { before: { monthlyBudgetCents: 10_000 }, after: { monthlyBudgetCents: 1000 } }],
      ["billing.budget_reached", expect.objectContaining({ percent: 80, spentCents: 900, budgetCents: 1000 })],
      ["billing.budget_changed", { before: { monthlyBudgetCents: 1000 }, after: { monthlyBudgetCents: 1100 } }],
      ["billing.budget_reached", expect.objectContaining({ percent: 80, spentCents: 900, budgetCents: 1100 })],
      ["billing.budget_changed", { before: { monthlyBudgetCents: 1100 }, after: { monthlyBudgetCents: null } }],
    ]);
  });
});

describe("prepaid credit", () => {
  it("charges the default card, adds to the credit with an audit event and a receipt, and refuses without a card or a bad amount", async () => {
    const team = await createTeamWithEveryRole();
    await db.team.update({ where: { id: team.id }, data: { creditBalanceCents: 250 } });
    const credit = async () => (await db.team.findUniqueOrThrow({ where: { id: team.id } })).creditBalanceCents;
    actAs(team.users.billing);

    expect(await addCredit(team.slug, { amount: "50" })).toEqual({ ok: false, error: "Credit is charged to the team's default card, and it has none. Add a card first." });
    await savedCard(team.id, true);
    for (const amount of ["4.99", "10000.01", "50.001", "$50", "fifty", ""]) {
      expect(await addCredit(team.slug, { amount }), amount).toMatchObject({ ok: false, fieldErrors: { amount: expect.any(String) } });
    }
    expect(await credit()).toBe(250);
    expect(await auditEventsOf(team.id)).toEqual([]);

    expect(await addCredit(team.slug, { amount: "75.50" })).toEqual({ ok: true, data: { amountCents: 7550, balanceCents: 7800 } });
    expect(await credit()).toBe(7800);
    const [event] = await auditEventsOf(team.id);
    expect([event.action, event.actorId, event.metadata]).toEqual([
      "billing.credit_added",
      team.users.billing.id,
      { amountCents: 7550, card: "Visa •••• 4242", before: { creditBalanceCents: 250 }, after: { creditBalanceCents: 7800 } },
    ]);
    const [receipt] = await db.outboxEmail.findMany({ where: { to: team.users.owner.email } });
    expect(receipt.subject).toBe(`${team.name}'s Roster receipt: $75.50 of credit`);
    const entries = () => db.creditEntry.findMany({ where: { teamId: team.id }, select: { kind: true, amountCents: true, balanceAfterCents: true, actorName: true, card: true } });
    expect(await entries()).toEqual([{ kind: "purchase", amountCents: 7550, balanceAfterCents: 7800, actorName: team.users.billing.name, card: "Visa •••• 4242" }]);

    // A declined charge comes last, so it takes back the credit, the audit event and the receipt.
    const decline = vi.spyOn(localProvider, "charge").mockResolvedValueOnce(false);
    expect(await addCredit(team.slug, { amount: "20" })).toEqual({ ok: false, error: "The card ending 4242 was declined, so no credit was added and nothing was charged. Try another card." });
    expect(decline).toHaveBeenCalledWith(expect.stringMatching(/^local_/), 2000, `Roster credit for ${team.name}`);
    expect(await credit()).toBe(7800);
    expect(await auditEventsOf(team.id)).toHaveLength(1);
    expect(await entries()).toHaveLength(1);
    expect(await db.outboxEmail.count({ where: { to: team.users.owner.email } })).toBe(1);
    expect(await db.pendingNotice.count({ where: { to: team.users.owner.email } })).toBe(0);
    expect(receipt.text).toContain(`${team.users.billing.name} added $75.50 of prepaid credit to ${team.name}, charged to the card ending 4242. The team's credit is now $78.00`);
  });
});

describe("invoice email", () => {
  it("records before and after, tells the new and the old address, and refuses a bad address next to the field", async () => {
    const team = await createTeamWithEveryRole();
    const [first, second] = [`ap-${uid()}@example.test`, `finance-${uid()}@example.test`];
    const changes = async () => (await auditEventsOf(team.id)).filter((e) => e.action === "billing.invoice_email_changed").map((e) => e.metadata);
    actAs(team.users.admin);

    expect(await updateInvoiceEmail(team.slug, { invoiceEmail: ` ${first.toUpperCase()} ` })).toEqual({ ok: true, data: { invoiceEmail: first } });
    const [told] = await db.outboxEmail.findMany({ where: { to: first } });
    expect(told.subject).toBe(`This address now receives ${team.name}'s Roster invoices`);
    expect(told.text).toContain(`${team.users.admin.name} set this address to receive the invoices of ${team.name}`);

    // Saving the same address again changes nothing and tells no one.
    expect(await updateInvoiceEmail(team.slug, { invoiceEmail: first })).toEqual({ ok: true, data: { invoiceEmail: first } });
    expect(await db.outboxEmail.count({ where: { to: first } })).toBe(1);

    for (const invoiceEmail of ["not-an-address", "a@", `${"x".repeat(250)}@example.test`]) {
      expect(await updateInvoiceEmail(team.slug, { invoiceEmail }), invoiceEmail).toMatchObject({ ok: false, fieldErrors: { invoiceEmail: expect.any(String) } });
    }
    expect(await updateInvoiceEmail(team.slug, { invoiceEmail: second })).toMatchObject({ ok: true });
    const left = await db.outboxEmail.findMany({ where: { to: first }, orderBy: { createdAt: "asc" } });
    expect(left.map((m) => m.subject)).toEqual([told.subject, `This address no longer receives ${team.name}'s Roster invoices`]);

    expect(await updateInvoiceEmail(team.slug, { invoiceEmail: "" })).toEqual({ ok: true, data: { invoiceEmail: null } });
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).invoiceEmail).toBeNull();
    expect(await changes()).toEqual([
      { before: { invoiceEmail: null }, after: { invoiceEmail: first } },
      { before: { invoiceEmail: first }, after: { invoiceEmail: second } },
      { before: { invoiceEmail: second }, after: { invoiceEmail: null } },
    ]);
    expect(await db.outboxEmail.count({ where: { to: second } })).toBe(2);
  });
});

describe("payment methods", () => {
  it("keeps brand and last 4 only, makes the first card the default, and refuses bad cards per field", async () => {
    const team = await createTeamWithEveryRole();
    actAs(team.users.billing);
    expect(await addPaymentMethod(team.slug, { ...CARD, cardNumber: "4242 4242 4242 4241" })).toMatchObject({ ok: false, fieldErrors: { cardNumber: expect.stringMatching(/not valid/) } });
    expect(await addPaymentMethod(team.slug, { ...CARD, expiry: "01/21" })).toMatchObject({ ok: false, fieldErrors: { expiry: "This card has expired" } });
    expect(await db.paymentMethod.count({ where: { teamId: team.id } })).toBe(0);

    expect((await addPaymentMethod(team.slug, CARD)).ok).toBe(true);
    expect((await addPaymentMethod(team.slug, { ...CARD, cardNumber: "5555 5555 5555 4444", expiry: "3/2031" })).ok).toBe(true);
    const methods = await db.paymentMethod.findMany({ where: { teamId: team.id }, orderBy: { createdAt: "asc" } });
    expect(methods.map((m) => [m.brand, m.last4, m.expMonth, m.expYear, m.isDefault])).toEqual([
      ["Visa", "4242", 12, 2039, true],
      ["Mastercard", "4444", 3, 2031, false],
    ]);
    const stored = JSON.stringify(await db.paymentMethod.findMany({ where: { teamId: team.id } })) + JSON.stringify((await auditEventsOf(team.id)).map((e) => e.metadata));
    expect(stored).not.toContain("4242424242424242");
    expect(stored).not.toContain("5555555555554444");
  });

  it("moves the default to another card when the default is removed", async () => {
    const team = await createTeamWithEveryRole();
    const first = await savedCard(team.id, true);
    const second = await savedCard(team.id);
    actAs(team.users.owner);
    expect((await removePaymentMethod(team.slug, { id: first.id })).ok).toBe(true);
    expect((await db.paymentMethod.findUniqueOrThrow({ where: { id: second.id } })).isDefault).toBe(true);
  });

  it("refuses to remove the last card while a balance is due, and allows it once nothing is due", async () => {
    const team = await createTeamWithEveryRole();
    const card = await savedCard(team.id, true);
    const now = new Date();
    await db.usageRecord.create({
      data: { teamId: team.id, resourceId: "r1", resourceKind: "pod", resourceName: "train", userId: team.users.developer.id, startedAt: new Date(now.getTime() - 3_600_000), endedAt: now, cents: 250 },
    });
    actAs(team.users.billing);
    const before = await auditEventsOf(team.id);
    expect(await removePaymentMethod(team.slug, { id: card.id })).toMatchObject({ ok: false, error: expect.stringMatching(/only payment method and \$2\.50 is due/) });
    expect(await db.paymentMethod.count({ where: { teamId: team.id } })).toBe(1);
    expect(await auditEventsOf(team.id)).toHaveLength(before.length);

    await db.team.update({ where: { id: team.id }, data: { creditBalanceCents: 250 } });
    expect((await removePaymentMethod(team.slug, { id: card.id })).ok).toBe(true);
  });

  it("charges the card for the completed months before it counts what is due, as every billing read does", async () => {
    const team = await createTeamWithEveryRole();
    const card = await savedCard(team.id, true);
    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 5));
    await db.usageRecord.create({
      data: { teamId: team.id, resourceId: "r1", resourceKind: "pod", resourceName: "train", userId: team.users.developer.id, startedAt: lastMonth, endedAt: new Date(lastMonth.getTime() + 3_600_000), cents: 900 },
    });
    actAs(team.users.billing);
    expect((await removePaymentMethod(team.slug, { id: card.id })).ok).toBe(true);
    expect(await db.invoice.findMany({ where: { teamId: team.id }, select: { totalCents: true, status: true } })).toEqual([{ totalCents: 900, status: "paid" }]);
  });

  it("pays the open invoices, oldest first, once the team has a default card, as whoever gave it one", async () => {
    const team = await createTeamWithEveryRole();
    const openInvoice = (month: number, totalCents: number) =>
      db.invoice.create({ data: { teamId: team.id, number: `INV-2026${month}-${uid()}`, periodStart: new Date(Date.UTC(2026, month - 1, 1)), periodEnd: new Date(Date.UTC(2026, month, 1)), totalCents, status: "open" } });
    const [june, may] = [await openInvoice(6, 300), await openInvoice(5, 120)];
    await db.team.update({ where: { id: team.id }, data: { creditBalanceCents: 100 } });
    actAs(team.users.billing);

    expect(await addPaymentMethod(team.slug, CARD)).toMatchObject({ ok: true, data: { paid: { count: 2, cents: 420 } } });
    expect(await db.invoice.findMany({ where: { teamId: team.id }, select: { status: true } })).toEqual([{ status: "paid" }, { status: "paid" }]);
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).creditBalanceCents).toBe(0);
    const paid = (await auditEventsOf(team.id)).filter((e) => e.action === "invoice.paid");
    expect(paid.map((e) => [e.targetId, e.actorId, e.metadata])).toEqual([
      [may.id, team.users.billing.id, { totalCents: 120, creditAppliedCents: 100, chargedCents: 20 }],
      [june.id, team.users.billing.id, { totalCents: 300, creditAppliedCents: 0, chargedCents: 300 }],
    ]);
    // Whoever may manage billing gets each as a receipt.
    const receipts = await db.outboxEmail.findMany({ where: { to: team.users.owner.email }, orderBy: { subject: "asc" } });
    expect(receipts.map((m) => m.subject)).toEqual([`${team.name}'s Roster invoice for June 2026: $3.00, paid`, `${team.name}'s Roster invoice for May 2026: $1.20, paid`]);
    expect(receipts[1].text).toContain("It has been paid: $1.00 from the team's credit and $0.20 charged to Visa •••• 4242.");
    const [pdf] = receipts[1].attachments as { filename: string; content: string }[];
    expect([pdf.filename, Buffer.from(pdf.content, "base64").toString("latin1")]).toEqual([`${may.number}.pdf`, expect.stringContaining("May 2026 - Paid")]);
    expect(Buffer.from(pdf.content, "base64").toString("latin1")).toMatch(/Paid on \w{3} \d{1,2}, \d{4}: \$1\.00 from the team's credit and \$0\.20 charged to Visa \*\*\*\* 4242\./);
    // Each invoice records how it was paid, and the credit history what credit paid.
    const payments = await db.invoice.findMany({ where: { teamId: team.id }, orderBy: { periodStart: "asc" } });
    expect(payments.map((i) => [i.creditAppliedCents, i.chargedCents, i.chargedCard, i.paidAt instanceof Date])).toEqual([
      [100, 20, "Visa •••• 4242", true],
      [0, 300, "Visa •••• 4242", true],
    ]);
    expect(await db.creditEntry.findMany({ where: { teamId: team.id }, select: { kind: true, amountCents: true, balanceAfterCents: true, invoiceId: true } })).toEqual([
      { kind: "invoice", amountCents: -100, balanceAfterCents: 0, invoiceId: may.id },
    ]);

    // A second card is not the default, so it pays nothing; making it the default pays what is open then.
    const second = await addPaymentMethod(team.slug, { ...CARD, cardNumber: "5555 5555 5555 4444" });
    expect(second).toMatchObject({ ok: true, data: { paid: { count: 0, cents: 0 } } });
    const july = await openInvoice(7, 75);
    expect(await setDefaultPaymentMethod(team.slug, { id: second.ok ? second.data.id : "" })).toMatchObject({ ok: true, data: { paid: { count: 1, cents: 75 } } });
    expect((await db.invoice.findUniqueOrThrow({ where: { id: july.id } })).status).toBe("paid");
  });

  it("does not let one team touch another team's card", async () => {
    const [mine, theirs] = [await createTeamWithEveryRole(), await createTeamWithEveryRole()];
    const card = await savedCard(theirs.id, true);
    actAs(mine.users.owner);
    expect(await removePaymentMethod(mine.slug, { id: card.id })).toMatchObject({ ok: false, error: expect.stringMatching(/no longer exists/) });
    expect(await db.paymentMethod.count({ where: { id: card.id } })).toBe(1);
  });
});
