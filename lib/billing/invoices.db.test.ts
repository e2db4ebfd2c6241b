import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { auditEventsOf, createTeamWithEveryRole, uid } from "@/lib/test/fixtures";
import type { Notice } from "@/lib/email/notice-templates";
import { BUILT_IN_ROLE_KEYS, permissionsOf } from "@/lib/permissions";
import { billedToOf, generateDueInvoices, issueDueInvoices } from "./invoices";
import { balanceDueCents } from "./overview";

function usage(teamId: string, userId: string, kind: string, startedAt: string, minutes: number, cents: number, resourceId = `r-${kind}`) {
  const start = new Date(startedAt);
  return { teamId, userId, resourceId, resourceKind: kind, resourceName: `${kind} 1`, startedAt: start, endedAt: new Date(start.getTime() + minutes * 60_000), cents };
}

const mailed: Notice[] = [];
const generate = (teamId: string, now: Date) => db.$transaction((tx) => generateDueInvoices(tx, teamId, now, async (notice) => void mailed.push(notice)), { timeout: 20_000, maxWait: 20_000 });

describe("generateDueInvoices", () => {
  it("bills each completed UTC month once, with one line per resource kind in integer cents", async () => {
    const team = await createTeamWithEveryRole();
    const dev = team.users.developer.id;
    await db.usageRecord.createMany({
      data: [
        usage(team.id, dev, "pod", "2026-09-30T23:00:00Z", 60, 333),
        usage(team.id, dev, "pod", "2026-10-01T00:00:00Z", 60, 333),
        usage(team.id, dev, "pod", "2026-10-31T23:00:00Z", 30, 167, "r-pod-2"),
        usage(team.id, dev, "volume", "2026-10-15T08:00:00Z", 20, 1),
        usage(team.id, dev, "pod", "2026-11-01T00:00:00Z", 60, 999),
      ],
    });

    expect(await generate(team.id, new Date("2026-11-20T12:00:00Z"))).toBe(2);
    expect(await generate(team.id, new Date("2026-11-20T12:05:00Z"))).toBe(0);

    const invoices = await db.invoice.findMany({ where: { teamId: team.id }, orderBy: { periodStart: "asc" }, include: { lines: { orderBy: { kind: "asc" } } } });
    expect(invoices.map((i) => [i.periodStart.toISOString(), i.periodEnd.toISOString(), i.totalCents, i.status])).toEqual([
      ["2026-09-01T00:00:00.000Z", "2026-10-01T00:00:00.000Z", 333, "open"],
      ["2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z", 501, "open"],
    ]);
    expect(invoices[1].lines.map((l) => [l.kind, l.description, l.hours, l.amountCents])).toEqual([
      ["pod", "Pods (2 resources)", 1.5, 500],
      ["volume", "Network volumes (1 resource)", 0.33, 1],
    ]);
    expect(invoices[1].number).toBe(`INV-202610-${team.id.toUpperCase()}`);
    const events = (await auditEventsOf(team.id)).filter((e) => e.action === "invoice.generated");
    expect(events.map((e) => [e.actorType, e.actorName, e.targetId])).toEqual(invoices.map((i) => ["system", "Billing", i.id]));
  });

  it("is safe when two visitors generate at the same moment", async () => {
    const team = await createTeamWithEveryRole();
    await db.usageRecord.create({ data: usage(team.id, team.users.basic.id, "pod", "2026-08-10T10:00:00Z", 60, 100) });
    const now = new Date("2026-09-02T00:00:00Z");
    const counts = await Promise.all([generate(team.id, now), generate(team.id, now)]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(await db.invoice.count({ where: { teamId: team.id } })).toBe(1);
  });

  it("pays from credit first, then the default card, and otherwise leaves the invoice open", async () => {
    const team = await createTeamWithEveryRole();
    const dev = team.users.developer.id;
    await db.team.update({ where: { id: team.id }, data: { creditBalanceCents: 150 } });
    await db.usageRecord.createMany({ data: [usage(team.id, dev, "pod", "2026-05-03T00:00:00Z", 60, 100), usage(team.id, dev, "pod", "2026-06-03T00:00:00Z", 60, 200)] });
    expect(await generate(team.id, new Date("2026-07-01T00:00:00Z"))).toBe(2);
    const statuses = async () => (await db.invoice.findMany({ where: { teamId: team.id }, orderBy: { periodStart: "asc" } })).map((i) => i.status);
    expect(await statuses()).toEqual(["paid", "open"]);
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).creditBalanceCents).toBe(50);
    expect(await balanceDueCents(db, team.id, new Date("2026-07-01T00:00:00Z"))).toBe(150);

    await db.paymentMethod.create({
      data: { teamId: team.id, providerRef: `local_${uid()}`, brand: "Visa", last4: "4242", expMonth: 1, expYear: 2040, billingName: "A", addressLine: "B", city: "C", postalCode: "D", country: "US", isDefault: true },
    });
    await db.usageRecord.create({ data: usage(team.id, dev, "endpoint", "2026-07-03T00:00:00Z", 60, 80) });
    expect(await generate(team.id, new Date("2026-08-01T00:00:00Z"))).toBe(1);
    expect(await statuses()).toEqual(["paid", "open", "paid"]);
    const [event] = (await auditEventsOf(team.id)).filter((e) => e.action === "invoice.generated").slice(-1);
    expect(event.metadata).toEqual({ totalCents: 80, status: "paid", creditAppliedCents: 50, chargedCents: 30 });

    // Each invoice keeps whom it was billed to: none before the card, the card's address after,
    // whatever the default card says later.
    await db.paymentMethod.updateMany({ where: { teamId: team.id }, data: { billingName: "Renamed later", city: "Elsewhere" } });
    const billedTo = (await db.invoice.findMany({ where: { teamId: team.id }, orderBy: { periodStart: "asc" } })).map(billedToOf);
    expect(billedTo).toEqual([null, null, { billingName: "A", addressLine: "B", city: "C", postalCode: "D", country: "US" }]);
  });

  it("mails each invoice once it is committed to whoever may manage billing, saying how it was paid", async () => {
    const team = await createTeamWithEveryRole();
    const dev = team.users.developer.id;
    await db.team.update({ where: { id: team.id }, data: { creditBalanceCents: 150 } });
    await db.usageRecord.createMany({ data: [usage(team.id, dev, "pod", "2026-05-03T00:00:00Z", 60, 100), usage(team.id, dev, "pod", "2026-06-03T00:00:00Z", 60, 200)] });
    await db.membership.updateMany({ where: { teamId: team.id, userId: team.users.billing.id }, data: { accessEndsAt: new Date("2026-01-01T00:00:00Z") } });
    expect(await issueDueInvoices(db, team.id, new Date("2026-07-01T00:00:00Z"))).toBe(2);

    // Owners and Admins hold billing.manage by default, and the Billing role does (but this one's access has ended).
    const managers = BUILT_IN_ROLE_KEYS.filter((role) => role !== "billing" && permissionsOf(role).includes("billing.manage")).map((role) => team.users[role].email);
    const mail = await db.outboxEmail.findMany({ where: { to: { in: Object.values(team.users).map((u) => u.email) } }, orderBy: [{ to: "asc" }, { subject: "asc" }] });
    expect(new Set(mail.map((m) => m.to))).toEqual(new Set(managers));
    const toOwner = mail.filter((m) => m.to === team.users.owner.email);
    expect(toOwner.map((m) => m.subject)).toEqual([`${team.name}'s Roster invoice for June 2026: $2.00 due`, `${team.name}'s Roster invoice for May 2026: $1.00, paid`]);
    expect(toOwner[0].text).toContain("The team has no payment method, so it is still open. Add a card to pay it.");
    expect(toOwner[1].text).toContain("It has been paid: $1.00 from the team's credit.");
    const [may] = await db.invoice.findMany({ where: { teamId: team.id }, orderBy: { periodStart: "asc" } });
    expect(toOwner[1].html).toContain(`/t/${team.slug}/billing/invoices/${may.id}`);

    expect(await issueDueInvoices(db, team.id, new Date("2026-07-01T00:05:00Z"))).toBe(0);
    expect(await db.outboxEmail.count({ where: { to: { in: managers } } })).toBe(mail.length);
  });

  it("attaches the invoice's PDF, and mails only the team's invoice address when it has one", async () => {
    const team = await createTeamWithEveryRole();
    const accounts = `accounts-${uid()}@example.test`;
    await db.team.update({ where: { id: team.id }, data: { invoiceEmail: accounts } });
    await db.usageRecord.createMany({ data: [usage(team.id, team.users.developer.id, "pod", "2026-04-03T00:00:00Z", 60, 100)] });
    expect(await issueDueInvoices(db, team.id, new Date("2026-05-02T00:00:00Z"))).toBe(1);

    expect(await db.outboxEmail.count({ where: { to: { in: Object.values(team.users).map((u) => u.email) } } })).toBe(0);
    const [mail] = await db.outboxEmail.findMany({ where: { to: accounts } });
    const [invoice] = await db.invoice.findMany({ where: { teamId: team.id } });
    expect(mail.subject).toBe(`${team.name}'s Roster invoice for April 2026: $1.00 due`);
    expect(mail.text).toContain("Hello,");
    expect(mail.text).toContain("Its PDF is attached.");
    expect(mail.text).toContain(`this address receives ${team.name}'s Roster invoices`);
    const [pdf] = mail.attachments as { filename: string; content: string }[];
    expect(pdf.filename).toBe(`${invoice.number}.pdf`);
    const body = Buffer.from(pdf.content, "base64").toString("latin1");
    expect(body.startsWith("%PDF-")).toBe(true);
    expect(body).toContain(`Invoice ${invoice.number}`);
    expect(body).toContain("$1.00");
  });

  it("first writes the closed month's usage of resources still running across the boundary", async () => {
    const team = await createTeamWithEveryRole();
    await db.resource.create({
      data: { teamId: team.id, kind: "pod", name: "long-run", status: "running", creatorId: team.users.developer.id, hourlyCostCents: 100, runningSince: new Date("2026-03-31T22:00:00Z") },
    });
    expect(await generate(team.id, new Date("2026-04-01T05:00:00Z"))).toBe(1);
    const invoice = await db.invoice.findFirstOrThrow({ where: { teamId: team.id }, include: { lines: true } });
    expect([invoice.totalCents, invoice.lines[0].hours]).toEqual([200, 2]);
    expect(await balanceDueCents(db, team.id, new Date("2026-04-01T05:00:00Z"))).toBe(200 + 5 * 100);
  });

  it("issues nothing for a team without usage", async () => {
    const team = await createTeamWithEveryRole();
    expect(await generate(team.id, new Date())).toBe(0);
  });
});
