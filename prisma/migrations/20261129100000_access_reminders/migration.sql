-- Temporary access: the end date a member was reminded of, and the index the daily reminders read.
-- AlterTable
ALTER TABLE "Membership" ADD COLUMN "accessReminderFor" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Membership_accessEndsAt_idx" ON "Membership"("accessEndsAt");
