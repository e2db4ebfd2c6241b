-- How each invoice was paid, and a history of every change to a team's prepaid credit
-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN "paidAt" TIMESTAMP(3),
ADD COLUMN "creditAppliedCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "chargedCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "chargedCard" TEXT;

-- CreateTable
CREATE TABLE "CreditEntry" (
    "id" BIGSERIAL NOT NULL,
    "teamId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "balanceAfterCents" INTEGER NOT NULL,
    "invoiceId" TEXT,
    "actorName" TEXT,
    "card" TEXT,

    CONSTRAINT "CreditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CreditEntry_teamId_id_idx" ON "CreditEntry"("teamId", "id");

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditEntry" ADD CONSTRAINT "CreditEntry_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: paid invoices from the audit event that recorded their payment, where it is still kept
-- (the card's label was not recorded then, so chargedCard stays null)
UPDATE "Invoice" i
SET "paidAt" = e."createdAt",
    "creditAppliedCents" = COALESCE((e.metadata->>'creditAppliedCents')::int, 0),
    "chargedCents" = COALESCE((e.metadata->>'chargedCents')::int, 0)
FROM "AuditEvent" e
WHERE i.status = 'paid' AND e."teamId" = i."teamId" AND e."targetType" = 'invoice' AND e."targetId" = i.id
  AND (e.action = 'invoice.paid' OR (e.action = 'invoice.generated' AND e.metadata->>'status' = 'paid'));

-- Backfill: credit bought and credit spent on invoices, from the audit log, in its order (which the
-- ids keep). The balance after each is worked back from the team's balance now, so it is right even
-- where older events were purged.
WITH changes AS (
  SELECT e.id AS "eventId", e."teamId", e."createdAt",
    CASE WHEN e.action = 'billing.credit_added' THEN 'purchase' ELSE 'invoice' END AS kind,
    CASE WHEN e.action = 'billing.credit_added' THEN (e.metadata->>'amountCents')::int ELSE -(e.metadata->>'creditAppliedCents')::int END AS "amountCents",
    CASE WHEN e.action = 'billing.credit_added' THEN NULL ELSE e."targetId" END AS "invoiceId",
    CASE WHEN e.action = 'billing.credit_added' THEN e."actorName" END AS "actorName",
    e.metadata->>'card' AS card
  FROM "AuditEvent" e
  WHERE e."teamId" IS NOT NULL
    AND (e.action = 'billing.credit_added' OR (e.action IN ('invoice.generated', 'invoice.paid') AND COALESCE((e.metadata->>'creditAppliedCents')::int, 0) > 0))
)
INSERT INTO "CreditEntry" ("teamId", "createdAt", "kind", "amountCents", "balanceAfterCents", "invoiceId", "actorName", "card")
SELECT c."teamId", c."createdAt", c.kind, c."amountCents",
  t."creditBalanceCents" - COALESCE(SUM(c."amountCents") OVER (PARTITION BY c."teamId" ORDER BY c."eventId" DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0),
  i.id, c."actorName", c.card
FROM changes c
JOIN "Team" t ON t.id = c."teamId"
LEFT JOIN "Invoice" i ON i.id = c."invoiceId"
ORDER BY c."eventId";
