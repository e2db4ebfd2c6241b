-- Where a team's invoices are mailed, and files sent with queued and kept mail
-- AlterTable
ALTER TABLE "Team" ADD COLUMN "invoiceEmail" TEXT;

-- AlterTable
ALTER TABLE "PendingNotice" ADD COLUMN "attachments" JSONB;

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN "attachments" JSONB;
