-- Temporary access: a membership grants nothing from "accessEndsAt" on (null: no end).
-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "accessEndsAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Membership_teamId_accessEndsAt_idx" ON "Membership"("teamId", "accessEndsAt");
